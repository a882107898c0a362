// Parsing an access log with one named-group pattern: method, path, status, bytes,
// latency; lines that do not match are counted; aggregates per status class and per
// path (TreeMap), the slowest requests, and query parameters split with a second regex.
import java.util.*;
import java.util.regex.*;

public class RegexLogParse {
    public static void main(String[] args) {
        String log = """
                10.0.0.1 - - [12/Mar/2024:10:00:01 +0000] "GET /index.html HTTP/1.1" 200 5120 0.012
                10.0.0.2 - - [12/Mar/2024:10:00:02 +0000] "POST /api/login?user=ann&remember=1 HTTP/1.1" 302 0 0.140
                10.0.0.1 - - [12/Mar/2024:10:00:03 +0000] "GET /img/logo.png HTTP/1.1" 304 0 0.002
                garbage line that does not parse
                192.168.1.7 - bob [12/Mar/2024:10:00:04 +0000] "GET /api/items?page=2&size=50 HTTP/2.0" 200 18211 0.231
                10.0.0.3 - - [12/Mar/2024:10:00:05 +0000] "DELETE /api/items/17 HTTP/1.1" 403 112 0.008
                10.0.0.2 - - [12/Mar/2024:10:00:06 +0000] "GET /index.html HTTP/1.1" 200 5120 0.010
                10.0.0.9 - - [12/Mar/2024:10:00:07 +0000] "GET /missing HTTP/1.1" 404 209 0.004
                10.0.0.1 - - [12/Mar/2024:10:00:08 +0000] "PUT /api/items/17 HTTP/1.1" 500 0 1.502
                """;
        Pattern line = Pattern.compile("^(?<ip>\\d{1,3}(?:\\.\\d{1,3}){3}) \\S+ (?<user>\\S+) \\[(?<time>[^\\]]+)\\] \"(?<method>[A-Z]+) (?<path>[^ ?\"]+)(?:\\?(?<query>[^ \"]*))? (?<proto>[^\"]+)\" (?<status>\\d{3}) (?<bytes>\\d+) (?<secs>\\d+\\.\\d+)$");
        Pattern param = Pattern.compile("([^&=]+)=([^&]*)");
        Map<String, Integer> byClass = new TreeMap<>();
        Map<String, Long> bytesByPath = new TreeMap<>();
        List<String[]> slow = new ArrayList<>();
        int bad = 0;
        for (String l : log.split("\n")) {
            Matcher m = line.matcher(l);
            if (!m.matches()) { bad++; continue; }
            byClass.merge(m.group("status").charAt(0) + "xx", 1, Integer::sum);
            bytesByPath.merge(m.group("method") + " " + m.group("path"), Long.parseLong(m.group("bytes")), Long::sum);
            slow.add(new String[]{m.group("secs"), m.group("path"), m.group("user")});
            if (m.group("query") != null) {
                Map<String, String> q = new LinkedHashMap<>();
                Matcher pm = param.matcher(m.group("query"));
                while (pm.find()) q.put(pm.group(1), pm.group(2));
                System.out.println(m.group("ip") + " " + m.group("path") + " " + q + " " + m.group("proto"));
            }
        }
        slow.sort(Comparator.comparing((String[] s) -> Double.parseDouble(s[0])).reversed());
        System.out.println("bad lines " + bad + " " + byClass);
        bytesByPath.forEach((k, v) -> System.out.println(String.format("%-24s %6d", k, v)));
        for (int i = 0; i < 3; i++) System.out.println("slow " + slow.get(i)[0] + " " + slow.get(i)[1] + " user=" + slow.get(i)[2]);
        Matcher dates = Pattern.compile("\\[(\\d{2})/(\\w{3})/(\\d{4}):(\\d{2}):(\\d{2}):(\\d{2})").matcher(log);
        Set<String> seconds = new TreeSet<>();
        while (dates.find()) seconds.add(dates.group(6));
        System.out.println(seconds);
    }
}
