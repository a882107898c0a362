// Roman numerals both ways with a TreeMap (floorKey for encoding), strict validation
// by regex, round trips for 1..3999, arithmetic on parsed numerals, and sorting a list
// of numerals by value.
import java.util.*;
import java.util.regex.Pattern;

public class RealRomanNumerals {
    static final TreeMap<Integer, String> MAP = new TreeMap<>();
    static {
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        for (int i = 0; i < v.length; i++) MAP.put(v[i], s[i]);
    }
    static final Pattern VALID = Pattern.compile("^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$");

    static String toRoman(int n) {
        if (n < 1 || n > 3999) throw new IllegalArgumentException("out of range: " + n);
        int k = MAP.floorKey(n);
        return n == k ? MAP.get(n) : MAP.get(k) + toRoman(n - k);
    }

    static int fromRoman(String s) {
        if (s.isEmpty() || !VALID.matcher(s).matches()) throw new IllegalArgumentException("not a roman numeral: '" + s + "'");
        Map<Character, Integer> val = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100, 'D', 500, 'M', 1000);
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = val.get(s.charAt(i));
            total += i + 1 < s.length() && v < val.get(s.charAt(i + 1)) ? -v : v;
        }
        return total;
    }

    public static void main(String[] args) {
        int[] samples = {1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666, 3888};
        StringBuilder sb = new StringBuilder();
        for (int n : samples) sb.append(n).append('=').append(toRoman(n)).append(' ');
        System.out.println(sb.toString().trim());
        int ok = 0;
        long lenSum = 0;
        String longest = "";
        for (int n = 1; n <= 3999; n++) {
            String r = toRoman(n);
            if (fromRoman(r) == n) ok++;
            lenSum += r.length();
            if (r.length() > longest.length()) longest = r;
        }
        System.out.println("round trips " + ok + ", total length " + lenSum + ", longest " + longest + " = " + fromRoman(longest));
        for (String bad : new String[]{"IIII", "VX", "IC", "MMMM", "", "XIIV", "abc", "CMM"}) {
            try { System.out.println(bad + " = " + fromRoman(bad)); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        }
        try { toRoman(0); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        List<String> list = new ArrayList<>(List.of("XLII", "IX", "MCMXC", "CD", "LXIX", "III", "MMXXIV"));
        list.sort(Comparator.comparingInt(RealRomanNumerals::fromRoman));
        System.out.println(list + " sum of first five " + toRoman(list.subList(0, 5).stream().mapToInt(RealRomanNumerals::fromRoman).sum()) + " " + MAP.headMap(50).values() + " " + MAP.ceilingKey(41));
    }
}
