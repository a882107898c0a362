// Where streams come from: collections (list, set, map views), arrays (whole and
// ranges), String.chars/lines, Pattern.splitAsStream, BufferedReader.lines over a
// StringReader, Stream.builder, Optional.stream, Random.ints with a seed, Map entries.
import java.io.*;
import java.util.*;
import java.util.regex.Pattern;
import java.util.stream.*;

public class StreamSources {
    public static void main(String[] args) throws IOException {
        System.out.println(List.of(3, 1, 2).stream().map(i -> i * 10).toList() + " " + new TreeSet<>(List.of("b", "a")).stream().collect(Collectors.joining()) + " " + new ArrayDeque<>(List.of(1, 2, 3)).stream().mapToInt(i -> i).sum());
        Map<String, Integer> m = new TreeMap<>(Map.of("x", 1, "y", 2, "z", 3));
        System.out.println(m.entrySet().stream().map(e -> e.getKey() + e.getValue()).toList() + " " + m.keySet().stream().toList() + " " + m.values().stream().mapToInt(Integer::intValue).max().getAsInt());
        System.out.println(m.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.reverseOrder())).map(Map.Entry::getKey).toList() + " " + m.entrySet().stream().max(Map.Entry.comparingByKey()).get());
        int[] arr = {5, 6, 7, 8, 9};
        System.out.println(Arrays.stream(arr).sum() + " " + Arrays.stream(arr, 1, 3).boxed().toList() + " " + Arrays.stream(new String[]{"p", "q"}).toList() + " " + Stream.of(new Integer[]{1, 2}).count() + " " + Arrays.stream(new double[]{1.5, 2.5}).sum());
        System.out.println(Pattern.compile(",\\s*").splitAsStream("a, b,c,  d").toList() + " " + "l1\nl2\r\nl3".lines().toList());
        BufferedReader br = new BufferedReader(new StringReader("alpha\nbeta\n\ngamma\n"));
        System.out.println(br.lines().filter(l -> !l.isEmpty()).map(String::length).toList());
        Stream.Builder<String> b = Stream.builder();
        b.add("one").add("two");
        b.accept("three");
        System.out.println(b.build().collect(Collectors.joining("|")));
        System.out.println(Optional.of(5).stream().toList() + " " + new Random(1).ints(5, 0, 10).boxed().toList() + " " + new Random(1).doubles(2).boxed().toList());
        System.out.println(IntStream.range(0, 5).mapToObj(i -> "s" + i).collect(Collectors.toCollection(LinkedList::new)).descendingIterator().next() + " " + "abc".codePoints().map(c -> c - 'a').boxed().toList());
        Iterable<Integer> iter = List.of(4, 5, 6);
        System.out.println(StreamSupport.stream(iter.spliterator(), false).map(i -> i * i).toList() + " " + Collections.nCopies(3, "n").stream().collect(Collectors.joining()));
        BitSet bs = new BitSet();
        bs.set(1); bs.set(5); bs.set(64);
        System.out.println(bs.stream().boxed().toList() + " " + EnumSet.allOf(Thread.State.class).stream().map(Enum::name).filter(n -> n.startsWith("T")).toList());
    }
}
