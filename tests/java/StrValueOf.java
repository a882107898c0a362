// String.valueOf and string conversion of every primitive, boxed values, null, char
// arrays, objects, floating-point specials, and "" + x concatenation equivalents.
public class StrValueOf {
    public static void main(String[] args) {
        System.out.println(String.valueOf(true) + " " + String.valueOf('c') + " " + String.valueOf(42) + " " + String.valueOf(-42L) + " " + String.valueOf(1.5f) + " " + String.valueOf(-0.0));
        System.out.println(String.valueOf((Object) null) + " " + String.valueOf(new char[]{'h', 'i'}) + " " + String.valueOf(new char[]{'a', 'b', 'c', 'd'}, 1, 2) + " " + String.copyValueOf(new char[]{'z'}));
        System.out.println(String.valueOf(Double.NaN) + " " + String.valueOf(Float.NEGATIVE_INFINITY) + " " + String.valueOf(Double.MIN_VALUE) + " " + String.valueOf(Float.MAX_VALUE) + " " + String.valueOf(1e7) + " " + String.valueOf(1e-3) + " " + String.valueOf(9999999.0) + " " + String.valueOf(0.001f));
        System.out.println(String.valueOf(Integer.MIN_VALUE) + " " + String.valueOf(Long.MAX_VALUE) + " " + String.valueOf((byte) -1) + " " + String.valueOf((short) 65535) + " " + String.valueOf((char) 65));
        Object[] objs = {1, 2L, 3.0f, 4.0, 'x', true, (byte) 7, (short) 8, "s", new StringBuilder("sb"), java.util.List.of(1), new int[0].length};
        StringBuilder sb = new StringBuilder();
        for (Object o : objs) sb.append(String.valueOf(o)).append(',');
        System.out.println(sb);
        char c = 'A';
        int i = 1;
        System.out.println("" + c + i + " " + (c + i) + " " + (char) (c + i) + " " + c + 1.5 + " " + 1 + 2 + " " + (1 + 2) + " " + null + " " + true);
        String n = null;
        System.out.println("n=" + n + " " + (n + "!") + " " + String.valueOf(n));
        try { String.valueOf((char[]) null); } catch (NullPointerException e) { System.out.println("valueOf(char[] null): NPE"); }
        System.out.println(Integer.toString(255) + " " + Long.toString(-1) + " " + Double.toString(100) + " " + Float.toString(1e10f) + " " + Boolean.toString(false) + " " + Character.toString(97) + " " + Character.toString('q'));
        System.out.println(Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes") + " " + Boolean.parseBoolean(null) + " " + Boolean.valueOf("True") + " " + Boolean.logicalXor(true, false) + " " + Boolean.compare(true, false));
    }
}
