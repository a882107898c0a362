// Strings: the string-building workload of ordinary programs.
// StringBuilder appends of strings, chars and ints; `+` concatenation
// (invokedynamic StringConcatFactory under javac 9+); Integer.toString,
// Long.toString and Integer.parseInt; and reading the results back with
// length, charAt, indexOf, substring, equals and hashCode.
// Usage: Strings [iterations]
public class Strings {
    static final String[] WORDS = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta",
            "eta", "theta" };

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 40000;
        long checksum = 0;
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String word = WORDS[i & 7];
            // Concatenation with mixed operand types.
            String key = word + "-" + i + ":" + (i * 7L) + '/' + (i & 1);
            checksum += key.hashCode();
            checksum += key.length();

            // Number formatting and parsing round trip.
            String num = Integer.toString(i * 31 - 5000);
            checksum += Integer.parseInt(num) + num.length();
            checksum += Long.toString((long) i * 1000003L).charAt(0);

            // A builder that grows, then is read back and reset.
            line.append(word).append(',').append(i).append(' ');
            if (line.length() > 200) {
                String s = line.toString();
                checksum += s.hashCode();
                int comma = s.indexOf(',');
                checksum += comma;
                String head = s.substring(0, comma);
                if (head.equals(WORDS[(i - 1) & 7]) || head.equals(word))
                    checksum += 1;
                line.setLength(0);
            }

            // Scanning characters.
            for (int j = 0; j < key.length(); j++)
                if (key.charAt(j) == 'a')
                    checksum += j;
        }
        String tail = line.toString();
        System.out.println("strings checksum " + checksum);
        System.out.println("tail length " + tail.length() + ", hash " + tail.hashCode());
    }
}
