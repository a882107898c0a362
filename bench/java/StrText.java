// StrText: the text processing of ordinary programs.  Builds a CSV-like
// log in a StringBuilder, then splits it into lines and fields (String.split
// with a literal and with a regex), trims, changes case, parses numbers
// (Integer.parseInt, Long.parseLong, radix 16), matches regexes with groups
// (Pattern/Matcher.find, matches, replaceAll), and uses contains, indexOf,
// startsWith, replace, String.join, repeat and chars().  Prints a checksum.
// Usage: StrText [rounds]
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class StrText {
    static final String[] LEVELS = { "INFO", "warn", "Error", "debug" };
    static final String[] USERS = { "alice", "Bob", "carol", "dave", "Eve", "mallory" };
    static final Pattern REQUEST = Pattern.compile("(GET|POST|PUT) (/[a-z/]+)(\\?id=(\\d+))? (\\d{3})");
    static final Pattern WORD = Pattern.compile("[A-Za-z]+");

    static int seed = 99;

    static int next(int bound) {
        seed = seed * 1103515245 + 12345;
        return ((seed >>> 8) & 0x7fffff) % bound;
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        long sum = 0;
        for (int r = 0; r < rounds; r++) {
            String log = makeLog(1500);
            sum = sum * 31 + fields(log);
            sum = sum * 31 + regexes(log);
            sum = sum * 31 + edits(log);
        }
        System.out.println("strtext checksum " + sum);
    }

    static String makeLog(int lines) {
        StringBuilder sb = new StringBuilder();
        String[] methods = { "GET", "POST", "PUT" };
        String[] paths = { "/index", "/api/users", "/api/orders", "/static/app", "/login" };
        for (int i = 0; i < lines; i++) {
            sb.append(1700000000L + i * 37L).append(',');
            sb.append("  ").append(LEVELS[next(4)]).append(" ,");
            sb.append(USERS[next(USERS.length)]).append(',');
            sb.append(methods[next(3)]).append(' ').append(paths[next(paths.length)]);
            if (next(2) == 0)
                sb.append("?id=").append(next(100000));
            sb.append(' ').append(200 + 100 * next(4) + next(5)).append(',');
            sb.append(Integer.toHexString(next(1 << 20))).append(',');
            sb.append("took ").append(next(5000)).append(" ms\n");
        }
        return sb.toString();
    }

    static long fields(String log) {
        long s = 0;
        String[] lines = log.split("\n");
        for (String line : lines) {
            String[] f = line.split(",");
            long ts = Long.parseLong(f[0]);
            String level = f[1].trim().toUpperCase();
            String user = f[2].toLowerCase();
            int flags = Integer.parseInt(f[4], 16);
            String[] took = f[5].split("\\s+");
            int ms = Integer.parseInt(took[1]);
            s += ts % 1000 + level.hashCode() + user.length() * 3 + (flags & 255) + ms;
            if (level.equals("ERROR") && user.startsWith("m"))
                s += 17;
            if (f[3].contains("/api/"))
                s += f[3].indexOf('/');
            s += Integer.toString(ms, 7).length() + String.valueOf(flags).hashCode() % 13;
        }
        return s * 7 + lines.length;
    }

    static long regexes(String log) {
        long s = 0;
        Matcher m = REQUEST.matcher(log);
        int count = 0;
        while (m.find()) {
            count++;
            s += m.group(1).length() + m.group(2).hashCode() + Integer.parseInt(m.group(5));
            if (m.group(4) != null)
                s += Integer.parseInt(m.group(4)) & 1023;
        }
        String[] lines = log.split("\n");
        for (int i = 0; i < lines.length; i += 3) {
            if (lines[i].matches(".*(Error|warn).*"))
                s += 5;
            Matcher w = WORD.matcher(lines[i]);
            while (w.find())
                s += w.end() - w.start();
        }
        String masked = lines[0].replaceAll("\\d", "#") + lines[1].replaceAll("[aeiou]+", "*");
        s = s * 31 + masked.hashCode();
        return s * 7 + count;
    }

    static long edits(String log) {
        long s = 0;
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < 800; i++) {
            int nl = log.indexOf('\n', from);
            String line = log.substring(from, nl);
            from = nl + 1;
            String u = line.replace(',', ';').replace("took", "TOOK");
            parts.add(u.substring(0, Math.min(12, u.length())));
            s += u.lastIndexOf(';') + (u.endsWith(" ms") ? 1 : 0);
            s += new StringBuilder(line).reverse().toString().hashCode() & 0xfff;
            s += line.chars().filter(Character::isDigit).count();
            if (line.equalsIgnoreCase(line.toUpperCase()))
                s++;
            s += line.compareTo(USERS[i % USERS.length]);
        }
        String joined = String.join("|", parts);
        s = s * 31 + joined.hashCode() + "=-".repeat(40).hashCode();
        return s;
    }
}
