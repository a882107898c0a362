// StringBuilder: append of every type, insert, delete, reverse, setCharAt,
// setLength, capacity growth, chaining, indexOf.
public class StringBuilders {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(true).append(' ').append(42).append(' ').append(-7L).append(' ').append(1.5f).append(' ').append(2.25).append(' ')
          .append("str").append(' ').append((Object) null).append(' ').append((String) null).append(' ').append(new char[]{'x', 'y'}).append(' ').append('c');
        System.out.println(sb + " len=" + sb.length());
        StringBuilder t = new StringBuilder("hello");
        t.insert(0, "[").insert(t.length(), ']').insert(3, 123);
        System.out.println(t);
        t.delete(1, 3).deleteCharAt(0);
        System.out.println(t);
        t.reverse();
        System.out.println(t);
        t.setCharAt(0, 'X');
        t.setLength(3);
        System.out.println(t + " " + t.length());
        t.setLength(5);
        System.out.println("[" + t + "] " + (int) t.charAt(4));
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 2000; i++) big.append(i % 10);
        System.out.println(big.length() + " " + big.charAt(1999) + " " + big.substring(10, 20) + " " + big.indexOf("789") + " " + big.lastIndexOf("0123"));
        StringBuilder r = new StringBuilder("replace me");
        r.replace(0, 7, "REPLACED");
        System.out.println(r + " " + r.toString().equals("REPLACEDme"));
        StringBuilder u = new StringBuilder("ab\u00e9\u4e2d");
        u.reverse();
        System.out.println(u.length() + " " + (int) u.charAt(0) + " " + (int) u.charAt(3));
        StringBuilder cmp = new StringBuilder("abc");
        System.out.println(cmp.compareTo(new StringBuilder("abd")) + " " + "abc".contentEquals(cmp));
        try { new StringBuilder("x").charAt(3); } catch (IndexOutOfBoundsException e) { System.out.println(e.getClass().getName() + ": " + e.getMessage()); }
        try { new StringBuilder("x").deleteCharAt(5); } catch (StringIndexOutOfBoundsException e) { System.out.println("SIOOBE " + e.getMessage()); }
    }
}
