// java.util.Formatter used directly: onto a StringBuilder (appending, chaining, out(),
// toString), onto a PrintStream, Formattable with flags/width/precision, %s of an object
// whose toString throws; String.formatted and PrintStream.format return values.
import java.util.*;

public class FmtFormatterApi {
    static class Money implements Formattable {
        final long cents;
        Money(long cents) { this.cents = cents; }
        @Override public void formatTo(Formatter f, int flags, int width, int precision) {
            String s = (cents < 0 ? "-" : "") + "$" + Math.abs(cents) / 100 + "." + String.format("%02d", Math.abs(cents) % 100);
            if ((flags & FormattableFlags.UPPERCASE) != 0) s = s.toUpperCase() + "!";
            if (precision >= 0 && s.length() > precision) s = s.substring(0, precision);
            boolean left = (flags & FormattableFlags.LEFT_JUSTIFY) != 0;
            while (s.length() < width) s = left ? s + "." : "." + s;
            f.format("%s", s);
        }
    }

    static class Bad {
        @Override public String toString() { throw new IllegalStateException("no string for you"); }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("start:");
        Formatter f = new Formatter(sb);
        f.format("%d", 1).format("-%s", "two").format("-%.1f", 3.0);
        System.out.println(f + " | " + sb + " | " + (f.out() == sb));
        Formatter g = new Formatter();
        for (int i = 0; i < 3; i++) g.format("[%d:%x]", i * 100, i * 100);
        System.out.println(g.toString() + " " + g.toString().length());
        System.out.println(String.format("%s|%10s|%-10s|%S|%.3s|", new Money(12345), new Money(-5), new Money(7), new Money(99), new Money(100000)));
        System.out.println("%d + %d = %d".formatted(2, 3, 5) + " " + "%s".formatted((Object) null) + " " + "plain".formatted());
        System.out.format("format %s%n", "works").printf("printf %05.1f%n", 2.25).println("chained");
        try { String.format("%s", new Bad()); } catch (IllegalStateException e) { System.out.println("toString threw: " + e.getMessage()); }
        Formatter ps = new Formatter(System.out);
        ps.format("to System.out %d%n", 42);
        ps.flush();
        StringBuilder table = new StringBuilder();
        Formatter tf = new Formatter(table);
        String[][] rows = {{"apple", "1.5", "3"}, {"banana", "0.25", "12"}, {"cherry", "10", "100"}};
        tf.format("%-8s|%8s|%5s%n", "item", "price", "qty");
        for (String[] r : rows) tf.format("%-8s|%8.2f|%5d%n", r[0], Double.parseDouble(r[1]), Integer.parseInt(r[2]));
        System.out.print(table);
        System.out.println(tf.locale() == null ? "no locale" : "has locale");
    }
}
