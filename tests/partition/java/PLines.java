// Reads lines from System.in byte by byte and answers each one (a
// prompt-and-answer program); stdin's plumbing, not a Reader, is the
// subject here.
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

public class PLines {
    public static void main(String[] args) throws Exception {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int n = 0;
        System.out.print("> ");
        for (int c;;) {
            c = System.in.read();
            if (c == '\n' || (c < 0 && line.size() > 0)) {
                String s = new String(line.toByteArray(), StandardCharsets.UTF_8);
                n++;
                System.out.println("got " + s.length() + ": " + s.toUpperCase());
                System.out.print("> ");
                line.reset();
            } else if (c >= 0) {
                line.write(c);
            }
            if (c < 0)
                break;
        }
        System.out.println();
        System.out.println(n + " lines");
    }
}
