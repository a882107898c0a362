import java.lang.reflect.Array;
import java.util.Arrays;

/* java.lang.reflect.Array: get/set and the primitive accessors on every array type, widening, errors. */
public class ReflectArray {
    interface Action { Object run() throws Exception; }

    static String attempt(Action a) {
        try {
            Object r = a.run();
            return r == null ? "null" : r.getClass().getSimpleName() + ":" + r;
        } catch (Exception e) {
            return e.getClass().getSimpleName() + "(" + e.getMessage() + ")";
        }
    }

    static Object[] arrays() {
        return new Object[] { new boolean[] { true }, new byte[] { -5 }, new char[] { 'c' }, new short[] { 300 }, new int[] { 70000 },
            new long[] { 1L << 40 }, new float[] { 1.5f }, new double[] { -2.25 }, new String[] { "s" }, new Integer[] { 9 }, new int[][] { { 1 } } };
    }

    public static void main(String[] args) {
        for (Object a : arrays()) {
            StringBuilder sb = new StringBuilder(a.getClass().getSimpleName() + ": len=" + Array.getLength(a));
            sb.append(" get=").append(attempt(() -> Array.get(a, 0) instanceof int[] ? "int[]" : Array.get(a, 0)));
            sb.append(" z=").append(attempt(() -> Array.getBoolean(a, 0)));
            sb.append(" b=").append(attempt(() -> Array.getByte(a, 0)));
            sb.append(" c=").append(attempt(() -> Array.getChar(a, 0)));
            sb.append(" s=").append(attempt(() -> Array.getShort(a, 0)));
            sb.append(" i=").append(attempt(() -> Array.getInt(a, 0)));
            sb.append(" j=").append(attempt(() -> Array.getLong(a, 0)));
            sb.append(" f=").append(attempt(() -> Array.getFloat(a, 0)));
            sb.append(" d=").append(attempt(() -> Array.getDouble(a, 0)));
            System.out.println(sb);
        }
        Object[] values = { false, (byte) 7, 'x', (short) -2, 123456, 5L, 0.5f, 0.25, "str", 4, null };
        for (Object a0 : arrays()) {
            StringBuilder sb = new StringBuilder(a0.getClass().getSimpleName() + ":");
            for (Object v : values) {
                Object a = a0.getClass() == int[][].class ? new int[1][] : Array.newInstance(a0.getClass().getComponentType(), 1);
                sb.append(' ').append(attempt(() -> { Array.set(a, 0, v); return Array.get(a, 0); }));
            }
            System.out.println(sb);
        }
        for (Object a0 : arrays()) {
            Object a = Array.newInstance(a0.getClass().getComponentType(), 1);
            StringBuilder sb = new StringBuilder(a0.getClass().getSimpleName() + ":");
            sb.append(' ').append(attempt(() -> { Array.setBoolean(a, 0, true); return Array.get(a, 0); }));
            sb.append(' ').append(attempt(() -> { Array.setByte(a, 0, (byte) 1); return Array.get(a, 0); }));
            sb.append(' ').append(attempt(() -> { Array.setChar(a, 0, 'q'); return Array.get(a, 0); }));
            sb.append(' ').append(attempt(() -> { Array.setShort(a, 0, (short) 2); return Array.get(a, 0); }));
            sb.append(' ').append(attempt(() -> { Array.setInt(a, 0, 3); return Array.get(a, 0); }));
            sb.append(' ').append(attempt(() -> { Array.setLong(a, 0, 4L); return Array.get(a, 0); }));
            sb.append(' ').append(attempt(() -> { Array.setFloat(a, 0, 5.5f); return Array.get(a, 0); }));
            sb.append(' ').append(attempt(() -> { Array.setDouble(a, 0, 6.5); return Array.get(a, 0); }));
            System.out.println(sb);
        }
        int[] ia = { 1, 2, 3 };
        System.out.println(attempt(() -> Array.get(ia, 3)) + " " + attempt(() -> Array.get(ia, -1)) + " " + attempt(() -> Array.get(null, 0))
            + " " + attempt(() -> Array.get("x", 0)) + " " + attempt(() -> Array.getInt(new String[1], 0)) + " " + attempt(() -> Array.getInt(ia, 3))
            + " " + attempt(() -> { Array.set(ia, 3, "wrong"); return 0; }) + " " + attempt(() -> Array.getLength(null)) + " " + attempt(() -> Array.getLength(1)));
        Object m = Array.newInstance(int.class, 2, 3);
        System.out.println(m.getClass().getSimpleName() + " " + Arrays.deepToString((Object[]) m) + " " + Array.getLength(Array.get(m, 1)));
        Array.setInt(Array.get(m, 1), 2, 8);
        System.out.println(Arrays.deepToString((Object[]) m));
        System.out.println(attempt(() -> Array.newInstance(int.class, -1)) + " " + attempt(() -> Array.newInstance(void.class, 1))
            + " " + attempt(() -> Array.newInstance(null, 1)) + " " + attempt(() -> Array.newInstance(String.class, new int[0])));
        System.out.println(Array.newInstance(String[].class, 2).getClass().getName() + " " + Array.newInstance(long.class, 0, 4).getClass().getName());
    }
}
