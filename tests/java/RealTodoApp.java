// A command-driven to-do list reading stdin (RealTodoApp.in): add with priority and
// tags, list sorted by (done, priority, id), done/undo with an ArrayDeque history,
// change priority, remove, filter by tag, statistics, and error messages for bad input.
import java.util.*;
import java.util.stream.*;

public class RealTodoApp {
    static final class Task {
        final int id; int prio; final String text; boolean done; final Set<String> tags = new TreeSet<>();
        Task(int id, int prio, String text) { this.id = id; this.prio = prio; this.text = text; }
        @Override public String toString() { return String.format("#%d [%s] p%d %s%s", id, done ? "x" : " ", prio, text, tags.isEmpty() ? "" : " " + tags); }
    }

    public static void main(String[] args) {
        Map<Integer, Task> tasks = new LinkedHashMap<>();
        Deque<Integer> history = new ArrayDeque<>();
        int nextId = 1;
        Scanner in = new Scanner(System.in);
        while (in.hasNextLine()) {
            String line = in.nextLine().trim();
            String[] p = line.split("\\s+", 3);
            System.out.println("> " + line);
            try {
                switch (p[0]) {
                    case "add" -> {
                        Task t = new Task(nextId++, Integer.parseInt(p[1]), p[2].replaceAll("\\s*@\\w+", ""));
                        java.util.regex.Matcher m = java.util.regex.Pattern.compile("@(\\w+)").matcher(p[2]);
                        while (m.find()) t.tags.add(m.group(1));
                        tasks.put(t.id, t);
                        System.out.println("added " + t);
                    }
                    case "list" -> tasks.values().stream().filter(t -> p.length < 2 || t.done)
                            .sorted(Comparator.comparing((Task t) -> t.done).thenComparingInt(t -> t.prio).thenComparingInt(t -> t.id)).forEach(t -> System.out.println("  " + t));
                    case "done" -> { Task t = find(tasks, p[1]); t.done = true; history.push(t.id); System.out.println("done " + t); }
                    case "undo" -> { Task t = tasks.get(history.pop()); t.done = false; System.out.println("undone " + t); }
                    case "prio" -> { Task t = find(tasks, p[1]); t.prio = Integer.parseInt(p[2]); System.out.println("reprioritised " + t); }
                    case "remove" -> System.out.println("removed " + Objects.requireNonNull(tasks.remove(Integer.parseInt(p[1])), "no task " + p[1]));
                    case "tag" -> System.out.println(tasks.values().stream().filter(t -> t.tags.contains(p[1])).map(t -> "#" + t.id).collect(Collectors.joining(", ", "tagged " + p[1] + ": ", "")));
                    case "stats" -> {
                        Map<Boolean, Long> byDone = tasks.values().stream().collect(Collectors.partitioningBy(t -> t.done, Collectors.counting()));
                        System.out.println("open " + byDone.get(false) + ", done " + byDone.get(true) + ", by prio " + tasks.values().stream().collect(Collectors.groupingBy(t -> t.prio, TreeMap::new, Collectors.counting())));
                    }
                    default -> throw new IllegalArgumentException("unknown command '" + p[0] + "'");
                }
            } catch (NumberFormatException e) {
                System.out.println("error: not a number: " + e.getMessage());
            } catch (RuntimeException e) {
                System.out.println("error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    static Task find(Map<Integer, Task> tasks, String id) {
        Task t = tasks.get(Integer.parseInt(id));
        if (t == null) throw new NoSuchElementException("no task " + id);
        return t;
    }
}
