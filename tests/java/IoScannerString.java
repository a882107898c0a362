// Scanner over strings: default whitespace delimiter, useDelimiter with a regex,
// hasNext(pattern)/next(pattern), findInLine, nextInt with a radix, nextLong/BigInteger,
// skip, tokens(), match(), InputMismatchException messages, and close.
import java.util.*;
import java.util.regex.*;

public class IoScannerString {
    public static void main(String[] args) {
        Scanner s = new Scanner("  10  -20\t+30\n40x 0x1F 1,000 3.5 NaN Infinity true TRUE yes");
        System.out.println(s.nextInt() + " " + s.nextInt() + " " + s.nextInt() + " " + s.hasNextInt() + " " + s.next() + " " + s.hasNextInt() + " " + s.hasNextInt(16));
        System.out.println(s.next() + " " + s.hasNextInt() + " " + s.nextInt() + " " + s.nextDouble() + " " + s.nextDouble() + " " + s.nextDouble() + " " + s.nextBoolean() + " " + s.nextBoolean() + " " + s.hasNextBoolean());
        try { s.nextBoolean(); } catch (InputMismatchException e) { System.out.println("mismatch: " + e.getMessage()); }
        Scanner csv = new Scanner("a,b;;c , d").useDelimiter("\\s*[,;]\\s*");
        List<String> toks = new ArrayList<>();
        while (csv.hasNext()) toks.add("<" + csv.next() + ">");
        System.out.println(toks + " " + csv.delimiter());
        Scanner hx = new Scanner("ff 777 zz 101");
        System.out.println(hx.nextInt(16) + " " + hx.nextInt(8) + " " + hx.nextInt(36) + " " + hx.nextInt(2));
        Scanner big = new Scanner("9223372036854775807 9223372036854775808 123456789012345678901234567890 -0.000001");
        System.out.println(big.nextLong() + " " + big.hasNextLong() + " " + big.nextBigInteger() + " " + big.nextBigInteger() + " " + big.nextBigDecimal());
        Scanner pat = new Scanner("abc123 def 456 ghi");
        System.out.println(pat.hasNext("[a-z]+\\d+") + " " + pat.next("[a-z]+\\d+") + " " + pat.hasNext(Pattern.compile("\\d+")) + " " + pat.next());
        System.out.println(pat.findInLine("(\\d)(\\d)") + " " + pat.match().group(2) + " " + pat.next() + " " + pat.next());
        Scanner lines = new Scanner("l1\r\nl2\rl3\n\nl5");
        List<String> ls = new ArrayList<>();
        while (lines.hasNextLine()) ls.add(lines.nextLine());
        System.out.println(ls);
        Scanner sk = new Scanner("###key=value");
        sk.skip("#+");
        System.out.println(sk.findInLine("(\\w+)=(\\w+)") + " " + sk.match().group(1) + " " + sk.match().groupCount());
        System.out.println(new Scanner("x y z").tokens().map(String::toUpperCase).toList() + " " + new Scanner("1 2 3").findAll("\\d").map(MatchResult::group).toList());
        Scanner e = new Scanner("12abc");
        try { e.nextInt(); } catch (InputMismatchException ex) { System.out.println("12abc: " + ex.getMessage()); }
        Scanner big2 = new Scanner("99999999999");
        try { big2.nextInt(); } catch (InputMismatchException ex) { System.out.println("overflow: " + ex.getMessage()); }
        Scanner closed = new Scanner("a");
        closed.close();
        try { closed.next(); } catch (IllegalStateException ex) { System.out.println("closed: " + ex.getMessage()); }
        Scanner nums = new Scanner("1 2 3 4 5 6 7 8 9 10");
        int sum = 0;
        while (nums.hasNextInt()) sum += nums.nextInt();
        System.out.println(sum);
    }
}
