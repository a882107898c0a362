// An object-oriented library: an abstract Item with Book/Dvd subclasses, an interface
// with a default method, equals/hashCode by id in a HashSet and as HashMap keys,
// Comparable natural order, loans with due dates as day numbers, fines, and reports.
import java.util.*;
import java.util.stream.*;

public class RealLibrarySystem {
    interface Lendable {
        int loanDays();
        default long fine(int daysLate) { return daysLate <= 0 ? 0 : Math.min(daysLate * finePerDay(), 2000); }
        long finePerDay();
    }

    static abstract class Item implements Lendable, Comparable<Item> {
        final String id, title; final int year;
        Item(String id, String title, int year) { this.id = id; this.title = title; this.year = year; }
        @Override public boolean equals(Object o) { return o instanceof Item i && i.id.equals(id); }
        @Override public int hashCode() { return id.hashCode(); }
        @Override public int compareTo(Item o) { int c = title.compareToIgnoreCase(o.title); return c != 0 ? c : id.compareTo(o.id); }
        abstract String kind();
        @Override public String toString() { return kind() + "(" + id + ", " + title + ", " + year + ")"; }
    }

    static final class Book extends Item {
        final String author;
        Book(String id, String title, int year, String author) { super(id, title, year); this.author = author; }
        public int loanDays() { return 21; }
        public long finePerDay() { return 25; }
        String kind() { return "Book"; }
    }

    static final class Dvd extends Item {
        Dvd(String id, String title, int year) { super(id, title, year); }
        public int loanDays() { return 7; }
        public long finePerDay() { return 100; }
        String kind() { return "DVD"; }
    }

    record Loan(Item item, String member, int out) {}

    public static void main(String[] args) {
        List<Item> catalog = List.of(new Book("B1", "Dune", 1965, "Herbert"), new Book("B2", "Neuromancer", 1984, "Gibson"), new Dvd("D1", "Alien", 1979),
                new Book("B3", "dune messiah", 1969, "Herbert"), new Dvd("D2", "Blade Runner", 1982), new Book("B4", "Foundation", 1951, "Asimov"));
        Set<Item> set = new HashSet<>(catalog);
        set.add(new Dvd("B1", "Duplicate id", 2000));
        System.out.println(set.size() + " " + new TreeSet<>(catalog).stream().map(i -> i.title).toList());
        Map<Item, Integer> copies = new HashMap<>();
        for (Item i : catalog) copies.put(i, i instanceof Book ? 2 : 1);
        List<Loan> loans = new ArrayList<>();
        String[][] reqs = {{"B1", "ann", "1"}, {"B1", "bob", "2"}, {"B1", "cid", "3"}, {"D1", "ann", "5"}, {"D1", "bob", "6"}, {"B4", "cid", "10"}, {"D2", "ann", "12"}};
        Map<String, Item> byId = catalog.stream().collect(Collectors.toMap(i -> i.id, i -> i));
        for (String[] r : reqs) {
            Item it = byId.get(r[0]);
            int left = copies.get(it);
            if (left == 0) { System.out.println(r[1] + " waits for " + it); continue; }
            copies.put(it, left - 1);
            loans.add(new Loan(it, r[1], Integer.parseInt(r[2])));
        }
        int today = 30;
        Map<String, Long> fines = new TreeMap<>();
        for (Loan l : loans) {
            int late = today - l.out() - l.item().loanDays();
            fines.merge(l.member(), l.item().fine(late), Long::sum);
            System.out.printf("%-4s %-40s due %2d late %3d fine %5.2f%n", l.member(), l.item(), l.out() + l.item().loanDays(), Math.max(0, late), l.item().fine(late) / 100.0);
        }
        System.out.println(fines + " total " + fines.values().stream().mapToLong(Long::longValue).sum());
        TreeMap<String, List<String>> byAuthor = catalog.stream().filter(i -> i instanceof Book).map(i -> (Book) i).collect(Collectors.groupingBy(b -> b.author, TreeMap::new, Collectors.mapping(b -> b.title, Collectors.toList())));
        System.out.println(byAuthor);
        TreeMap<Integer, Long> byDecade = catalog.stream().collect(Collectors.groupingBy(i -> i.year / 10 * 10, TreeMap::new, Collectors.counting()));
        System.out.println(byDecade + " " + catalog.stream().max(Comparator.naturalOrder()).get() + " " + Collections.min(catalog));
    }
}
