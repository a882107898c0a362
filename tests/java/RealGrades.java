// Reading a CSV gradebook from stdin (RealGrades.in) with Scanner: header, missing
// and malformed cells reported, weighted averages, letter grades via a TreeMap
// floorEntry, a sorted report with printf, class statistics and a histogram.
import java.util.*;

public class RealGrades {
    record Student(String name, double[] scores, double avg) {}

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        String[] header = in.nextLine().split(",");
        double[] weights = {0.15, 0.15, 0.30, 0.40};
        TreeMap<Double, String> letters = new TreeMap<>(Map.of(0.0, "F", 60.0, "D", 70.0, "C", 80.0, "B", 90.0, "A"));
        List<Student> students = new ArrayList<>();
        int lineNo = 1;
        while (in.hasNextLine()) {
            String line = in.nextLine();
            lineNo++;
            if (line.isBlank()) continue;
            String[] cells = line.split(",", -1);
            double[] sc = new double[weights.length];
            double avg = 0;
            for (int i = 0; i < weights.length; i++) {
                String cell = cells[i + 1].trim();
                try {
                    sc[i] = cell.isEmpty() ? 0 : Double.parseDouble(cell);
                    if (cell.isEmpty()) System.out.println("line " + lineNo + ": missing " + header[i + 1] + " for " + cells[0] + ", counted as 0");
                } catch (NumberFormatException e) {
                    System.out.println("line " + lineNo + ": bad " + header[i + 1] + " '" + cell + "' for " + cells[0] + " (" + e.getMessage() + "), counted as 0");
                }
                avg += sc[i] * weights[i];
            }
            students.add(new Student(cells[0], sc, avg));
        }
        students.sort(Comparator.comparingDouble(Student::avg).reversed().thenComparing(Student::name));
        System.out.printf("%-4s %-8s %6s %6s %6s %6s %7s %s%n", "rank", "name", header[1], header[2], header[3], header[4], "avg", "grade");
        int rank = 0;
        for (Student s : students)
            System.out.printf("%-4d %-8s %6.1f %6.1f %6.1f %6.1f %7.2f %s%n", ++rank, s.name(), s.scores()[0], s.scores()[1], s.scores()[2], s.scores()[3], s.avg(), letters.floorEntry(s.avg()).getValue());
        DoubleSummaryStatistics st = students.stream().mapToDouble(Student::avg).summaryStatistics();
        double mean = st.getAverage(), var = students.stream().mapToDouble(s -> (s.avg() - mean) * (s.avg() - mean)).sum() / students.size();
        System.out.printf("n=%d mean=%.3f sd=%.3f min=%.2f max=%.2f%n", st.getCount(), mean, Math.sqrt(var), st.getMin(), st.getMax());
        Map<String, Long> hist = new TreeMap<>();
        for (Student s : students) hist.merge(letters.floorEntry(s.avg()).getValue(), 1L, Long::sum);
        hist.forEach((g, n) -> System.out.println(g + " " + "#".repeat(n.intValue())));
    }
}
