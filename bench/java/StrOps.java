// StrOps: one String operation at a time over the same data, to compare
// plinth with `java -Xint` operation by operation (not run by `make bench`;
// see docs/performance.md, "Class library").  Prints a checksum.
// Usage: StrOps OPERATION REPEATS, e.g. `StrOps toUpper 40`; time it against
// `StrOps none 40` (the set-up alone).
public class StrOps {
    public static void main(String[] args) {
        String op = args[0];
        int repeats = Integer.parseInt(args[1]);
        String[] lines = StrText.makeLog(800).split("\n");
        double[] ds = new double[1000];
        for (int i = 0; i < ds.length; i++)
            ds[i] = (i * 7919 % 10007 - 5000) * Math.pow(10, i % 20 - 10) / 7.0;
        long s = 0;
        for (int r = 0; r < repeats; r++)
            s += once(op, lines, ds);
        System.out.println(op + " checksum " + s);
    }

    static long once(String op, String[] lines, double[] ds) {
        long s = 0;
        StringBuilder sb = new StringBuilder();
        switch (op) {
            case "none": break;
            case "replaceChar": for (String l : lines) s += l.replace(',', ';').length(); break;
            case "replaceStr": for (String l : lines) s += l.replace("took", "TOOK").length(); break;
            case "reverse":
                for (String l : lines) s += new StringBuilder(l).reverse().toString().hashCode();
                break;
            case "chars": for (String l : lines) s += l.chars().filter(Character::isDigit).count(); break;
            case "toUpper": for (String l : lines) s += l.toUpperCase().length(); break;
            case "toLower": for (String l : lines) s += l.toLowerCase().length(); break;
            case "upperChar":
                for (String l : lines)
                    for (int i = 0; i < l.length(); i++)
                        s += Character.toUpperCase(l.charAt(i));
                break;
            case "eqIgnore": for (String l : lines) s += l.equalsIgnoreCase(l.toLowerCase()) ? 1 : 0; break;
            case "compareTo":
                for (int i = 1; i < lines.length; i++) s += lines[i].compareTo(lines[i - 1]);
                break;
            case "splitComma": for (String l : lines) s += l.split(",").length; break;
            case "splitRegex": for (String l : lines) s += l.split("\\s+").length; break;
            case "trim": for (String l : lines) s += (" " + l + " ").trim().length(); break;
            case "parseLong": for (String l : lines) s += Long.parseLong(l.substring(0, 10)); break;
            case "hashCode": for (String l : lines) s += new String(l).hashCode(); break;
            case "dtoString": for (double d : ds) s += Double.toString(d).length(); break;
            case "ftoString": for (double d : ds) s += Float.toString((float) d).length(); break;
            case "parseDouble":
                for (double d : ds) s += (long) Double.parseDouble("1." + Math.abs((long) d) + "e-5");
                break;
            case "sbDouble":
                for (double d : ds) {
                    sb.setLength(0);
                    s += sb.append(d).length();
                }
                break;
            case "fmtE": for (double d : ds) s += String.format("%.3e", d).length(); break;
            case "fmtF": for (double d : ds) s += String.format("%10.4f", d).length(); break;
            case "fmtD": for (int i = 0; i < 1000; i++) s += String.format("%,d", i * 7919L).length(); break;
            case "fmtS":
                for (int i = 0; i < 1000; i++)
                    s += String.format("[%-12.5s][%12s]", "truncated", "r").length();
                break;
            case "radix36": for (int i = 0; i < 20000; i++) s += Integer.toString(i * 7919, 36).length(); break;
            case "toHex": for (int i = 0; i < 20000; i++) s += Integer.toHexString(i * 7919).length(); break;
            case "sbChar":
                for (int i = 0; i < 50000; i++) sb.append((char) ('a' + i % 26));
                s += sb.length();
                break;
            default: throw new IllegalArgumentException("unknown operation " + op);
        }
        return s;
    }
}
