// wc-style word count over stdin (RealWordCount.in): lines, words, characters, bytes,
// the most frequent words (ties alphabetical), word-length histogram, the longest line.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

public class RealWordCount {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int lines = 0, words = 0, chars = 0, bytes = 0, longestLen = -1;
        String longest = "";
        Map<String, Integer> freq = new HashMap<>();
        int[] hist = new int[16];
        for (String line; (line = in.readLine()) != null;) {
            lines++;
            chars += line.length() + 1;
            bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
            if (line.length() > longestLen) { longestLen = line.length(); longest = line; }
            for (String w : line.toLowerCase().split("[^\\p{L}']+")) {
                w = w.replaceAll("^'+|'+$", "");
                if (w.isEmpty()) continue;
                words++;
                freq.merge(w, 1, Integer::sum);
                hist[Math.min(w.length(), 15)]++;
            }
        }
        System.out.printf("%7d %7d %7d %7d%n", lines, words, chars, bytes);
        List<Map.Entry<String, Integer>> top = new ArrayList<>(freq.entrySet());
        top.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; i < 8 && i < top.size(); i++) System.out.printf("%-10s %3d %s%n", top.get(i).getKey(), top.get(i).getValue(), "*".repeat(top.get(i).getValue()));
        StringBuilder h = new StringBuilder();
        for (int i = 1; i < hist.length; i++) if (hist[i] > 0) h.append(i).append(':').append(hist[i]).append(' ');
        System.out.println("lengths " + h.toString().trim());
        System.out.println("distinct " + freq.size() + ", longest line (" + longestLen + "): " + longest.strip());
        System.out.println(freq);
    }
}
