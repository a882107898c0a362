// Scanner over System.in (IoScannerStdin.in): nextInt then nextLine (the leftover
// empty line), nextDouble, nextBoolean, hasNextInt on a non-number,
// InputMismatchException, and the rest read token by token.
import java.util.*;

public class IoScannerStdin {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        int[] xs = new int[n];
        for (int i = 0; i < n; i++) xs[i] = sc.nextInt();
        System.out.println(n + " " + Arrays.toString(xs) + " rest of line: [" + sc.nextLine() + "]");
        System.out.println("name: " + sc.nextLine());
        double a = sc.nextDouble(), b = sc.nextDouble();
        System.out.println(a + b + " " + a * b);
        System.out.println(sc.nextBoolean() + " " + sc.nextBoolean());
        sc.nextLine();
        System.out.println("full name: [" + sc.nextLine() + "] blank: [" + sc.nextLine() + "]");
        System.out.println("hasNextInt: " + sc.hasNextInt() + " hasNext: " + sc.hasNext());
        try { sc.nextInt(); } catch (InputMismatchException e) { System.out.println("mismatch: " + e.getMessage() + " then token " + sc.next()); }
        System.out.println("int " + sc.nextInt());
        List<String> rest = new ArrayList<>();
        while (sc.hasNext()) rest.add(sc.next());
        System.out.println(rest + " " + sc.hasNextLine());
        try { sc.next(); } catch (NoSuchElementException e) { System.out.println("end: " + e.getClass().getSimpleName()); }
    }
}
