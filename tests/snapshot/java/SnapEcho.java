import java.io.BufferedReader;
import java.io.InputStreamReader;

// Served copies read their own standard input: counts the lines and
// echoes the first (plinth serve starts the input reader ahead).
public class SnapEcho {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String first = in.readLine();
        int n = first == null ? 0 : 1;
        while (in.readLine() != null)
            n++;
        System.out.println("lines=" + n + " first=" + first + " arg=" + (args.length > 0 ? args[0] : ""));
    }
}
