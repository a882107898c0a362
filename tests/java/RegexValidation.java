// Validation patterns of the kind programs copy: emails, IPv4 addresses with octet
// ranges, ISO dates, hex colours, phone numbers, identifiers, semantic versions; each
// input prints which patterns accept it, and version parts are extracted.
import java.util.*;
import java.util.regex.*;

public class RegexValidation {
    public static void main(String[] args) {
        Map<String, Pattern> ps = new LinkedHashMap<>();
        ps.put("email", Pattern.compile("^[\\w.+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$"));
        ps.put("ipv4", Pattern.compile("^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$"));
        ps.put("date", Pattern.compile("^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"));
        ps.put("hex", Pattern.compile("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"));
        ps.put("phone", Pattern.compile("^\\+?\\d{1,3}?[-. ]?\\(?\\d{3}\\)?[-. ]?\\d{3}[-. ]?\\d{4}$"));
        ps.put("ident", Pattern.compile("^[A-Za-z_$][A-Za-z0-9_$]*$"));
        ps.put("semver", Pattern.compile("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-([0-9A-Za-z.-]+))?(?:\\+([0-9A-Za-z.-]+))?$"));
        String[] ins = {"user@example.com", "first.last+tag@sub.domain.org", "bad@domain", "@no.user", "192.168.0.1", "256.1.1.1", "01.2.3.4", "0.0.0.0", "2024-02-30", "2024-13-01",
                        "#fff", "#A1B2C3", "#abcd", "+1 (555) 123-4567", "555.123.4567", "_valid$Name1", "1invalid", "1.2.3", "1.0.0-alpha.1+build.5", "01.2.3", "1.2"};
        for (String in : ins) {
            List<String> ok = new ArrayList<>();
            ps.forEach((name, p) -> { if (p.matcher(in).matches()) ok.add(name); });
            System.out.println(String.format("%-32s %s", in, ok));
        }
        Matcher v = ps.get("semver").matcher("10.20.30-rc.1+sha.abc");
        if (v.matches()) System.out.println(v.group(1) + " " + v.group(2) + " " + v.group(3) + " " + v.group(4) + " " + v.group(5));
        Matcher kv = Pattern.compile("(\\w+)=(\"[^\"]*\"|[^\\s]+)").matcher("name=\"John Smith\" age=42 city=Oslo empty=\"\"");
        Map<String, String> parsed = new LinkedHashMap<>();
        while (kv.find()) parsed.put(kv.group(1), kv.group(2).replaceAll("^\"|\"$", ""));
        System.out.println(parsed);
    }
}
