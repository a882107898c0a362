// The rest of Matcher: appendReplacement/appendTail with StringBuilder, replaceFirst,
// replaceAll with a function, region/regionStart/regionEnd with anchoring and
// transparent bounds, usePattern, hitEnd/requireEnd, toMatchResult, and group() before
// any match ("No match found").
import java.util.*;
import java.util.regex.*;

public class RegexMatcherApi {
    public static void main(String[] args) {
        Matcher m = Pattern.compile("(\\d+)([a-z])").matcher("10a 20b 30c 40d");
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n == 30) continue;
            m.appendReplacement(sb, m.group(2).toUpperCase() + "=$1\\$");
        }
        m.appendTail(sb);
        System.out.println(sb);
        System.out.println(m.replaceFirst("<$0>") + " | " + m.replaceAll(r -> r.group(2) + r.group(1)) + " | " + m.replaceAll(""));
        Matcher r = Pattern.compile("^\\w+").matcher("hello world");
        r.region(6, 11);
        System.out.println(r.regionStart() + " " + r.regionEnd() + " " + r.lookingAt() + " " + r.group() + " " + r.hasAnchoringBounds() + " " + r.hasTransparentBounds());
        r.reset();
        r.region(6, 11).useAnchoringBounds(false);
        System.out.println("non-anchoring: " + r.find());
        Matcher b = Pattern.compile("\\bworld").matcher("helloworld");
        b.region(5, 10);
        System.out.println("opaque: " + b.find());
        b.reset();
        b.region(5, 10).useTransparentBounds(true);
        System.out.println("transparent: " + b.find());
        Matcher u = Pattern.compile("\\d+").matcher("ab12cd345");
        u.find();
        String first = u.group();
        u.usePattern(Pattern.compile("[a-z]+"));
        u.find();
        System.out.println(first + " then " + u.group() + " " + u.pattern());
        Matcher h = Pattern.compile("abc").matcher("xxab");
        System.out.println(h.find() + " hitEnd=" + h.hitEnd());
        h = Pattern.compile("\\d+$").matcher("ab12");
        System.out.println(h.find() + " requireEnd=" + h.requireEnd() + " hitEnd=" + h.hitEnd());
        Matcher t = Pattern.compile("(x+)(y*)").matcher("axxyyb xz");
        t.find();
        MatchResult snap = t.toMatchResult();
        t.find();
        System.out.println(snap.group() + " " + snap.group(2) + " " + snap.start(1) + " " + snap.end() + " | now " + t.group() + " " + t.group(2).isEmpty());
        Matcher none = Pattern.compile("z").matcher("abc");
        try { none.group(); } catch (IllegalStateException e) { System.out.println("group before match: " + e.getMessage()); }
        none.find();
        try { none.start(); } catch (IllegalStateException e) { System.out.println("start after failed find: " + e.getMessage()); }
        Matcher g = Pattern.compile("(a)").matcher("a");
        g.find();
        try { g.group(2); } catch (IndexOutOfBoundsException e) { System.out.println("group(2): " + e.getMessage()); }
        try { g.group("nope"); } catch (IllegalArgumentException e) { System.out.println("group(name): " + e.getMessage()); }
        try { g.region(5, 1); } catch (IndexOutOfBoundsException e) { System.out.println("region: " + e.getMessage()); }
        System.out.println(Matcher.quoteReplacement("$1\\x") + " " + Pattern.compile("a").matcher("banana").replaceAll(Matcher.quoteReplacement("$")) + " " + Pattern.compile("n").asPredicate().test("banana") + " " + Pattern.compile("an").asMatchPredicate().test("an"));
    }
}
