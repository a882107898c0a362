// Wrapper classes: the guaranteed valueOf caches (-128..127, Boolean, Character <= 127),
// equals across types, compare/compareTo, sum/max/min, constants (MIN/MAX/SIZE/BYTES),
// hashCode, unsigned helpers, and the arithmetic the wrappers define.
public class NumBoxing {
    public static void main(String[] args) {
        boolean cached = true;
        for (int i = -128; i <= 127; i++) cached &= Integer.valueOf(i) == Integer.valueOf(i) && Long.valueOf(i) == Long.valueOf(i) && Short.valueOf((short) i) == Short.valueOf((short) i) && Byte.valueOf((byte) i) == Byte.valueOf((byte) i);
        for (char c = 0; c <= 127; c++) cached &= Character.valueOf(c) == Character.valueOf(c);
        System.out.println("caches " + cached + " " + (Boolean.valueOf(true) == Boolean.TRUE) + " " + (Boolean.valueOf("TRUE") == Boolean.TRUE));
        Integer a = 1000, b = 1000;
        System.out.println(a.equals(b) + " " + a.equals(1000L) + " " + Long.valueOf(5).equals(5) + " " + Double.valueOf(1).equals(1.0) + " " + Short.valueOf((short) 1).equals((byte) 1) + " " + (a.intValue() == b));
        System.out.println(Integer.compare(3, 5) + " " + Integer.compare(Integer.MIN_VALUE, 1) + " " + Long.compare(5, 3) + " " + Integer.valueOf(7).compareTo(7) + " " + Short.compare((short) -1, (short) 1) + " " + Byte.compare((byte) 127, (byte) -128) + " " + Character.compare('z', 'a'));
        System.out.println(Integer.sum(2, 3) + " " + Integer.max(-1, -5) + " " + Integer.min(-1, -5) + " " + Long.sum(Long.MAX_VALUE, 1) + " " + Double.sum(0.1, 0.2) + " " + Double.max(-0.0, 0.0) + " " + Double.min(-0.0, 0.0) + " " + Float.max(Float.NaN, 1f));
        System.out.println(Integer.MIN_VALUE + " " + Integer.MAX_VALUE + " " + Integer.SIZE + " " + Integer.BYTES + " " + Long.MIN_VALUE + " " + Long.SIZE + " " + Short.MIN_VALUE + " " + Short.MAX_VALUE + " " + Byte.MIN_VALUE + " " + Byte.MAX_VALUE
                + " " + Double.MAX_EXPONENT + " " + Double.MIN_EXPONENT + " " + Float.MAX_EXPONENT + " " + Double.SIZE + " " + Float.BYTES);
        System.out.println(Integer.hashCode(-7) + " " + Long.hashCode(Long.MIN_VALUE) + " " + Short.hashCode((short) -7) + " " + Byte.hashCode((byte) -7) + " " + Double.hashCode(0.1) + " " + Float.hashCode(0.1f) + " " + Character.hashCode('A') + " " + Boolean.hashCode(true));
        System.out.println(Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3) + " " + Integer.compareUnsigned(-1, 1) + " " + Integer.toUnsignedLong(-1) + " " + Long.divideUnsigned(-1L, 10) + " " + Long.remainderUnsigned(-1L, 10) + " " + Long.compareUnsigned(1, -1)
                + " " + Short.toUnsignedInt((short) -1) + " " + Byte.toUnsignedInt((byte) -1) + " " + Byte.toUnsignedLong((byte) -2));
        Object[] boxes = {1, 1L, 1.0, 1.0f, (short) 1, (byte) 1, '1', true};
        StringBuilder sb = new StringBuilder();
        for (Object o : boxes) sb.append(o.getClass().getSimpleName()).append('=').append(o).append(o instanceof Number n ? "(" + n.intValue() + "," + n.longValue() + "," + n.doubleValue() + "," + n.byteValue() + ")" : "").append(' ');
        System.out.println(sb.toString().trim());
        Number big = 1e10;
        System.out.println(big.intValue() + " " + big.longValue() + " " + big.shortValue() + " " + big.byteValue() + " " + big.floatValue() + " " + Long.valueOf(Long.MAX_VALUE).floatValue() + " " + Integer.valueOf(-129).byteValue());
        Integer n = null;
        try { int z = n; System.out.println(z); } catch (NullPointerException e) { System.out.println("unboxing null: NPE"); }
        long total = 0;
        for (Integer i = 0; i < 2000; i++) total += i;
        System.out.println(total + " " + Integer.valueOf(Integer.MAX_VALUE).equals(Integer.MAX_VALUE) + " " + Character.getNumericValue(Character.valueOf('9')));
    }
}
