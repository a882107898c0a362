import java.lang.reflect.*;

/* Field get/set: primitives, widening, boxing, statics, finals and the JDK's messages. */
public class ReflectField {
    static class F {
        public boolean z = true; public byte b = 1; public char c = 'c'; public short s = 2; public int i = 3;
        public long j = 4; public float f = 5.5f; public double d = 6.25; public String str = "s"; public Object obj;
        public Integer boxed = 7; public int[] arr = {1};
        public final int fin = 8; public static int st = 9; public static final int SFIN = 10; public static final String SCONST = "c";
        public static long sj = 11; public static double sd; public static boolean sz; public static char sc = 'q';
        public volatile transient int vt;
    }
    static class G extends F { public int i = 100; }

    static String[] names = { "z", "b", "c", "s", "i", "j", "f", "d", "str", "boxed" };

    public static void main(String[] args) throws Exception {
        F o = new F();
        for (String n : names) {
            Field fl = F.class.getField(n);
            StringBuilder sb = new StringBuilder(fl.getName() + ": " + fl.get(o));
            sb.append(" z=").append(attempt(() -> fl.getBoolean(o)));
            sb.append(" b=").append(attempt(() -> fl.getByte(o)));
            sb.append(" c=").append(attempt(() -> fl.getChar(o)));
            sb.append(" s=").append(attempt(() -> fl.getShort(o)));
            sb.append(" i=").append(attempt(() -> fl.getInt(o)));
            sb.append(" j=").append(attempt(() -> fl.getLong(o)));
            sb.append(" f=").append(attempt(() -> fl.getFloat(o)));
            sb.append(" d=").append(attempt(() -> fl.getDouble(o)));
            System.out.println(sb);
        }
        Object[] values = { true, (byte) -3, 'x', (short) -300, 70000, 1L << 40, 1.25f, -2.5, "text", null, 12, new int[0] };
        for (String n : names) {
            Field fl = F.class.getField(n);
            StringBuilder sb = new StringBuilder(n + ":");
            for (Object v : values) {
                F t = new F();
                sb.append(' ').append(attempt(() -> { fl.set(t, v); return fl.get(t); }));
            }
            System.out.println(sb);
        }
        // the primitive setters, each on every field
        for (String n : names) {
            Field fl = F.class.getField(n);
            F t = new F();
            StringBuilder sb = new StringBuilder(n + ":");
            sb.append(' ').append(attempt(() -> { fl.setBoolean(t, false); return fl.get(t); }));
            sb.append(' ').append(attempt(() -> { fl.setByte(t, (byte) 9); return fl.get(t); }));
            sb.append(' ').append(attempt(() -> { fl.setChar(t, 'A'); return fl.get(t); }));
            sb.append(' ').append(attempt(() -> { fl.setShort(t, (short) 300); return fl.get(t); }));
            sb.append(' ').append(attempt(() -> { fl.setInt(t, 123456789); return fl.get(t); }));
            sb.append(' ').append(attempt(() -> { fl.setLong(t, 123456789012345L); return fl.get(t); }));
            sb.append(' ').append(attempt(() -> { fl.setFloat(t, 0.1f); return fl.get(t); }));
            sb.append(' ').append(attempt(() -> { fl.setDouble(t, 0.2); return fl.get(t); }));
            System.out.println(sb);
        }
        // long to float rounding as the language does it
        Field ff = F.class.getField("f");
        ff.setLong(o, 16777217L); System.out.println(o.f + " " + (float) 16777217L);
        ff.set(o, Long.MAX_VALUE - 1); System.out.println(o.f);
        Field fd = F.class.getField("d");
        fd.setLong(o, Long.MAX_VALUE); System.out.println(o.d);
        fd.set(o, 'z'); System.out.println(o.d);
        // statics
        Field st = F.class.getField("st");
        System.out.println(st.get(null) + " " + st.get(o) + " " + st.getInt("ignored"));
        st.setInt(null, 99); System.out.println(F.st);
        F.class.getField("sj").set(null, 5); System.out.println(F.sj);
        F.class.getField("sd").setFloat(null, 1.5f); System.out.println(F.sd);
        F.class.getField("sz").setBoolean(null, true); System.out.println(F.sz);
        System.out.println(F.class.getField("sc").getChar(null) + " " + F.class.getField("sc").getInt(null));
        System.out.println(F.class.getField("SCONST").get(null) + " " + F.class.getField("SFIN").getLong(null));
        // finals
        Field fin = F.class.getField("fin");
        System.out.println(attempt(() -> { fin.setInt(o, 1); return o.fin; }));
        System.out.println(attempt(() -> { fin.set(o, 2); return o.fin; }));
        System.out.println(attempt(() -> { fin.set(o, null); return o.fin; }));
        fin.setAccessible(true);
        fin.setInt(o, 3);
        System.out.println(fin.getInt(o));
        Field sfin = F.class.getField("SFIN");
        System.out.println(attempt(() -> { sfin.setInt(null, 1); return 0; }));
        sfin.setAccessible(true);
        System.out.println(attempt(() -> { sfin.set(null, 1); return 0; }));
        System.out.println(attempt(() -> { sfin.setLong(null, 1); return 0; }));
        // receivers
        Field fi = F.class.getField("i");
        System.out.println(attempt(() -> fi.get("not an F")));
        System.out.println(attempt(() -> { fi.set(new Object(), 1); return 0; }));
        System.out.println(attempt(() -> fi.get(null)).startsWith("NullPointerException"));
        G g = new G();
        System.out.println(fi.get(g) + " " + G.class.getField("i").get(g) + " " + G.class.getDeclaredField("i").getDeclaringClass().getSimpleName());
        // reference fields
        Field fo = F.class.getField("obj");
        fo.set(o, "anything"); System.out.println(o.obj);
        fo.set(o, null); System.out.println(o.obj);
        Field farr = F.class.getField("arr");
        System.out.println(attempt(() -> { farr.set(o, new long[1]); return 0; }));
        System.out.println(attempt(() -> { farr.set(o, new int[] { 4, 5 }); return o.arr.length; }));
        System.out.println(attempt(() -> F.class.getField("boxed").getInt(o)));
        // descriptions
        for (String n : new String[] { "vt", "fin", "SFIN", "arr", "boxed" }) {
            Field x = F.class.getField(n);
            System.out.println(x + " | " + x.toGenericString() + " | " + x.getType().getName() + " | " + Modifier.toString(x.getModifiers())
                + " | " + x.isSynthetic() + " " + x.isEnumConstant());
        }
    }

    interface Action { Object run() throws Exception; }

    static String attempt(Action a) {
        try {
            return String.valueOf(a.run());
        } catch (Exception e) {
            return e.getClass().getSimpleName() + "(" + e.getMessage() + ")";
        }
    }
}
