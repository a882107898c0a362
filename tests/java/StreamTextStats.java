// A text-statistics pipeline over an embedded paragraph: word frequencies (ties broken
// by word), letter histogram, longest words, sentence lengths, bigrams; everything
// collected into sorted or linked maps so the output order is defined.
import java.util.*;
import java.util.function.Function;
import java.util.stream.*;

public class StreamTextStats {
    public static void main(String[] args) {
        String text = "It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness, "
                + "it was the epoch of belief, it was the epoch of incredulity, it was the season of Light, it was the season of Darkness, "
                + "it was the spring of hope, it was the winter of despair. We had everything before us, we had nothing before us. "
                + "We were all going direct to Heaven, we were all going direct the other way!";
        List<String> words = Arrays.stream(text.toLowerCase().split("[^a-z]+")).filter(w -> !w.isEmpty()).toList();
        System.out.println(words.size() + " words, " + words.stream().distinct().count() + " distinct");
        Map<String, Long> freq = words.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        System.out.println(freq.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).limit(8)
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
        Map<Character, Long> letters = text.toLowerCase().chars().filter(Character::isLetter).mapToObj(c -> (char) c).collect(Collectors.groupingBy(c -> c, TreeMap::new, Collectors.counting()));
        System.out.println(letters);
        System.out.println(words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).limit(5).toList());
        System.out.println(Arrays.stream(text.split("[.!]")).map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.split("\\s+").length).toList());
        Map<String, Long> bigrams = IntStream.range(0, words.size() - 1).mapToObj(i -> words.get(i) + " " + words.get(i + 1))
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        System.out.println(bigrams.entrySet().stream().filter(e -> e.getValue() > 2).map(Map.Entry::toString).collect(Collectors.joining("; ")));
        TreeMap<Integer, Long> byLen = words.stream().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.counting()));
        System.out.println(byLen);
        System.out.println(words.stream().mapToInt(String::length).summaryStatistics());
        System.out.println(freq.size() + " " + freq.keySet().stream().filter(w -> w.startsWith("w")).sorted().collect(Collectors.joining(",")) + " " + new TreeMap<>(freq).headMap("b"));
    }
}
