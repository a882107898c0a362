// UUID: fromString/toString round trips (including short hex groups), bits, version,
// variant, compareTo (signed), equals/hashCode, nameUUIDFromBytes (MD5, version 3),
// malformed input; randomUUID is checked only for its shape.
import java.util.*;

public class UtilUUIDs {
    public static void main(String[] args) {
        UUID u = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        System.out.println(u + " " + u.version() + " " + u.variant() + " " + u.getMostSignificantBits() + " " + u.getLeastSignificantBits() + " " + u.hashCode());
        System.out.println(UUID.fromString("1-2-3-4-5") + " " + UUID.fromString("FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF"));
        UUID a = new UUID(0, 0), b = new UUID(-1, -1), c = new UUID(1, 2);
        System.out.println(a + " " + b + " " + c + " " + a.compareTo(b) + " " + b.compareTo(a) + " " + c.compareTo(a) + " " + a.equals(new UUID(0, 0)));
        System.out.println(UUID.nameUUIDFromBytes("hello".getBytes()) + " " + UUID.nameUUIDFromBytes(new byte[0]) + " " + UUID.nameUUIDFromBytes("hello".getBytes()).version());
        UUID t = UUID.fromString("00000000-0000-1000-8000-00805f9b34fb");
        System.out.println(t.version() + " " + t.variant() + " " + t.timestamp() + " " + t.clockSequence() + " " + t.node());
        try { UUID.fromString("not-a-uuid"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { UUID.fromString("123e4567-e89b-12d3-a456-4266141740001"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { u.timestamp(); } catch (UnsupportedOperationException e) { System.out.println(e.getMessage()); }
        UUID r = UUID.randomUUID();
        String s = r.toString();
        System.out.println(s.length() + " " + r.version() + " " + r.variant() + " " + s.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}") + " " + UUID.fromString(s).equals(r));
        List<UUID> l = new ArrayList<>(List.of(b, c, a, u));
        Collections.sort(l);
        System.out.println(l);
    }
}
