import java.security.SecureRandom;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

// Uses every unseeded generator before its checkpoint, so the snapshot
// holds them; each restored copy prints what they give it, and copies of
// one snapshot must differ (they must not share seeds).
public class SnapSeeds {
    public static void main(String[] args) {
        Object before = new Object();
        // Drawn before the checkpoint: its buffer holds unused bytes then,
        // which every copy would share if they were handed out after it.
        SecureRandom secure = new SecureRandom();
        byte[] some = new byte[5];
        secure.nextBytes(some);
        UUID first = UUID.randomUUID();
        System.out.println("warm " + (before.hashCode() != 0) + " "
                + (new Random().nextInt() | 1) % 1 + " " + (Math.random() < 1.0)
                + " " + (ThreadLocalRandom.current().nextInt(10) < 10)
                + " " + (secure.nextInt(10) < 10) + " " + (first.version() == 4));
        boolean restored = plinth.Partition.checkpoint();
        System.out.println("restored " + restored);
        System.out.println("hash " + new Object().hashCode() + " " + new Object().hashCode());
        System.out.println("random " + new Random().nextLong());
        System.out.println("math " + Math.random());
        System.out.println("tlr " + ThreadLocalRandom.current().nextLong());
        byte[] after = new byte[16];
        secure.nextBytes(after);
        StringBuilder hex = new StringBuilder();
        for (byte b : after)
            hex.append(Integer.toHexString((b & 0xff) | 0x100).substring(1));
        System.out.println("secure " + hex + " " + secure.nextLong());
        System.out.println("uuid " + UUID.randomUUID());
    }
}
