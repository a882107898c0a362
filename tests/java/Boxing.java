// Autoboxing and unboxing, caches (== for -128..127 but not 128), valueOf,
// equals across types, boxed arithmetic and compound assignment, conditional unboxing.
public class Boxing {
    static Object box(Object o) { return o; }
    public static void main(String[] args) {
        Integer a = 127, b = 127, c = 128, d = 128;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d) + " " + (c.intValue() == d));
        Integer n1 = -128, n2 = -128, n3 = -129, n4 = -129;
        System.out.println((n1 == n2) + " " + (n3 == n4));
        Long l1 = 127L, l2 = 127L, l3 = 1000L, l4 = 1000L;
        System.out.println((l1 == l2) + " " + (l3 == l4) + " " + l3.equals(l4) + " " + l3.equals(1000));
        Character c1 = 'a', c2 = 'a', c3 = '\u0200', c4 = '\u0200';
        System.out.println((c1 == c2) + " " + (c3 == c4));
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE");
        System.out.println((t1 == t2) + " " + Boolean.parseBoolean("yes") + " " + Boolean.valueOf(false));
        Short s1 = 100, s2 = 100; Byte b1 = -1, b2 = -1;
        System.out.println((s1 == s2) + " " + (b1 == b2));
        System.out.println((Integer.valueOf(127) == Integer.valueOf(127)) + " " + (Integer.valueOf(1000) == Integer.valueOf(1000)));
        Integer x = 10;
        x++; x += 5; x = x * 2;
        System.out.println(x);
        Double dd = 1.5; dd *= 2;
        System.out.println(dd + " " + (dd == 3.0));
        Object[] objs = {1, 1L, 1.0, 1.0f, (short) 1, (byte) 1, '1', true};
        for (Object o : objs) System.out.print(o.getClass().getSimpleName() + ":" + o + " ");
        System.out.println();
        System.out.println(box(5).equals(5L) + " " + box(5).equals(5) + " " + Integer.valueOf(5).hashCode() + " " + Double.valueOf(0.0).equals(-0.0));
        long sum = 0;
        Long acc = 0L;
        for (int i = 0; i < 100; i++) { acc += i; sum += acc; }
        System.out.println(acc + " " + sum);
        boolean flag = false;
        Integer tern = flag ? 1 : Integer.valueOf(2);
        System.out.println(tern);
        int prim = new Integer(77).intValue() + Integer.valueOf("33") + Integer.parseInt("-5");
        System.out.println(prim);
        Number num = 3.75f;
        System.out.println(num.intValue() + " " + num.longValue() + " " + num.doubleValue() + " " + num.byteValue() + " " + num.shortValue());
        Integer big = 300;
        System.out.println(big.byteValue() + " " + big.compareTo(299) + " " + Integer.compare(3, 7) + " " + big.toString());
    }
}
