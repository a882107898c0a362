// BufferedReader over System.in (IoBufferedReaderStdin.in): readLine strips \n and
// \r\n, keeps empty lines, returns the last line without a terminator, then null;
// lines are numbered, numbers summed, and UTF-8 text decoded.
import java.io.*;
import java.nio.charset.StandardCharsets;

public class IoBufferedReaderStdin {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        long chars = 0;
        double sum = 0;
        while ((line = in.readLine()) != null) {
            n++;
            chars += line.length();
            System.out.println(n + ": [" + line + "] len=" + line.length() + " cps=" + line.codePointCount(0, line.length()));
            for (String tok : line.trim().split("\\s+")) {
                try { sum += Double.parseDouble(tok); } catch (NumberFormatException e) { }
            }
        }
        System.out.println(n + " lines, " + chars + " chars, numeric sum " + sum + ", after end: " + in.readLine());
    }
}
