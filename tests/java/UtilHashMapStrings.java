// HashMap iteration order with String keys: small and resized tables, removals,
// re-insertions, keySet/values/entrySet views and their toString.
import java.util.*;

public class UtilHashMapStrings {
    public static void main(String[] args) {
        Map<String, Integer> m = new HashMap<>();
        String[] words = ("the quick brown fox jumps over the lazy dog while seven wizards "
                + "quietly hex jovial bankers zebra apple mango kiwi banana cherry date elderberry "
                + "fig grape honeydew").split(" ");
        for (int i = 0; i < words.length; i++) m.merge(words[i], 1, Integer::sum);
        System.out.println(m);
        System.out.println(m.keySet());
        System.out.println(m.values());
        m.remove("fox"); m.remove("apple"); m.remove("nothing");
        m.put("fox", 100);
        m.put("", 0);
        System.out.println(m);
        Map<String, String> codes = new HashMap<>();
        for (int i = 0; i < 200; i++) codes.put("k" + i, Integer.toString(i, 36));
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (Map.Entry<String, String> e : codes.entrySet()) {
            if (n++ % 10 == 0) sb.append(e.getKey()).append('=').append(e.getValue()).append(' ');
        }
        System.out.println(sb.toString().trim());
        Map<String, Integer> small = new HashMap<>(2);
        for (String s : new String[]{"Z", "Y", "X", "W", "a", "b", "c", "AA", "BB", "zz", "Zz", "zZ"}) small.put(s, s.hashCode());
        System.out.println(small);
        Map<String, Integer> lf = new HashMap<>(16, 0.5f);
        for (String s : new String[]{"delta", "alpha", "echo", "bravo", "charlie", "foxtrot", "golf", "hotel", "india", "juliet"}) lf.put(s, s.length());
        System.out.println(lf);
        HashMap<String, Integer> copy = new HashMap<>(lf);
        System.out.println(copy.equals(lf) + " " + copy.hashCode() + " " + (copy.hashCode() == lf.hashCode()));
        Set<String> hs = new HashSet<>(Arrays.asList(words));
        System.out.println(hs.size() + " " + hs);
        Set<String> unicode = new HashSet<>(List.of("é", "ß", "日本", "ü", "Ω", "a\u0000b", "\uD83D\uDE00"));
        System.out.println(unicode);
    }
}
