// Reading System.in byte by byte (StdinEcho.in): counts lines, words and bytes,
// echoes lines upper-cased, sums the numbers it finds.
public class StdinEcho {
    public static void main(String[] args) throws Exception {
        int lines = 0, words = 0, bytes = 0; long sum = 0;
        StringBuilder line = new StringBuilder();
        boolean inWord = false; long num = 0; boolean inNum = false;
        int c;
        while ((c = System.in.read()) != -1) {
            bytes++;
            if (c >= '0' && c <= '9') { num = num * 10 + (c - '0'); inNum = true; } else if (inNum) { sum += num; num = 0; inNum = false; }
            if (c == ' ' || c == '\n' || c == '\t') { if (inWord) words++; inWord = false; } else inWord = true;
            if (c == '\n') { lines++; System.out.println(lines + ": " + line.toString().toUpperCase()); line.setLength(0); }
            else line.append((char) c);
        }
        if (inNum) sum += num;
        if (inWord) words++;
        if (line.length() > 0) System.out.println("partial: " + line);
        System.out.println(lines + " lines, " + words + " words, " + bytes + " bytes, sum " + sum);
        System.out.println("after EOF: " + System.in.read());
    }
}
