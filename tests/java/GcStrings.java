// String building under allocation pressure: StringBuilder growth, substrings,
// interning of computed strings, concatenation in loops.
public class GcStrings {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) { sb.append(i % 10); if (sb.length() > 500) sb.setLength(100); }
        System.out.println(sb.length() + " " + sb.toString().hashCode());
        String acc = "";
        for (int i = 0; i < 300; i++) { acc = acc + (char) ('a' + i % 26); if (acc.length() > 50) acc = acc.substring(25); }
        System.out.println(acc + " " + acc.length());
        String[] interned = new String[200];
        for (int i = 0; i < interned.length; i++) interned[i] = ("key" + (i % 20)).intern();
        int same = 0; for (int i = 20; i < interned.length; i++) if (interned[i] == interned[i % 20]) same++;
        System.out.println(same);
        long h = 0;
        for (int i = 0; i < 2000; i++) h = h * 31 + Integer.toString(i * 7919).hashCode();
        System.out.println(h);
    }
}
