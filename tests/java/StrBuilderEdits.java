// StringBuilder and StringBuffer editing: insert at every position, delete ranges,
// replace, reverse with surrogate pairs, setCharAt, setLength (pads with NUL), indexOf,
// append of every type, chained calls, compareTo, and their index exceptions.
public class StrBuilderEdits {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("0123456789");
        sb.insert(0, "[").insert(sb.length(), "]").insert(5, 'x').insert(3, 2.5).insert(1, true).insert(2, new char[]{'c', 'd'}).insert(0, (Object) null);
        System.out.println(sb + " " + sb.length());
        sb.delete(0, 4).deleteCharAt(0).replace(2, 5, "REPLACED").replace(0, 1, "");
        System.out.println(sb);
        sb.setCharAt(0, '#');
        sb.setLength(5);
        sb.setLength(7);
        System.out.println(sb.toString().replace('\0', '_') + " " + sb.length());
        StringBuilder r = new StringBuilder("ab\uD83D\uDE00cd\uD83D\uDE01");
        System.out.println(r.reverse() + " " + r.codePointCount(0, r.length()) + " " + new StringBuilder("x\uDC00\uD800y").reverse().codePoints().mapToObj(Integer::toHexString).toList());
        StringBuilder a = new StringBuilder();
        a.append(1).append('c').append(2L).append(3.5f).append(4.25).append(true).append((String) null).append((Object) null).append(new char[]{'x', 'y'}).append(new char[]{'p', 'q', 'r'}, 1, 2).append("abcdef", 2, 4).append((CharSequence) new StringBuilder("sb"));
        System.out.println(a + " " + a.indexOf("null") + " " + a.lastIndexOf("null") + " " + a.indexOf("null", 20) + " " + a.charAt(3));
        StringBuffer buf = new StringBuffer("buffer");
        buf.append('!').insert(0, 42).reverse();
        System.out.println(buf + " " + buf.length() + " " + buf.substring(2) + " " + buf.subSequence(1, 3));
        System.out.println(new StringBuilder("abc").compareTo(new StringBuilder("abd")) + " " + new StringBuilder("b").compareTo(new StringBuilder("abc")) + " " + new StringBuilder("abc").equals(new StringBuilder("abc")));
        String[] bad = {"insert -1", "delete 5,2", "deleteCharAt 10", "replace 20", "setCharAt 9", "setLength -1", "charAt 3", "substring 4", "append range"};
        for (String op : bad) {
            StringBuilder t = new StringBuilder("abc");
            try {
                switch (op) {
                    case "insert -1" -> t.insert(-1, "x");
                    case "delete 5,2" -> t.delete(5, 2);
                    case "deleteCharAt 10" -> t.deleteCharAt(10);
                    case "replace 20" -> t.replace(20, 21, "x");
                    case "setCharAt 9" -> t.setCharAt(9, 'x');
                    case "setLength -1" -> t.setLength(-1);
                    case "charAt 3" -> t.charAt(3);
                    case "substring 4" -> t.substring(4);
                    default -> t.append("xyz", 2, 1);
                }
                System.out.println(op + ": ok " + t);
            } catch (IndexOutOfBoundsException e) {
                System.out.println(op + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        System.out.println(new StringBuilder("hello").delete(1, 100) + " " + new StringBuilder("hello").replace(1, 100, "ey") + " " + new StringBuilder().append("x".repeat(100)).insert(50, '|').indexOf("|"));
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 2000; i++) big.append(i % 10);
        for (int i = 0; i < 100; i++) big.deleteCharAt(i * 3);
        System.out.println(big.length() + " " + big.toString().hashCode() + " " + big.substring(0, 30));
    }
}
