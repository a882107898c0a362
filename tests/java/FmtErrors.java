// The Formatter's exceptions and their messages: missing arguments, unknown conversions,
// mismatched types, flags that do not fit a conversion, precision where none is allowed,
// width missing for '-', duplicate flags, bad code points, bad indexes.
import java.util.*;

public class FmtErrors {
    static void t(String fmt, Object... args) {
        try {
            System.out.println(fmt + " => [" + String.format(fmt, args) + "]");
        } catch (IllegalFormatException e) {
            System.out.println(fmt + " => " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        t("%s");
        t("%s %s", "one");
        t("%d %<d");
        t("%2$s", "a");
        t("%q", 1);
        t("%", 1);
        t("abc%");
        t("%d", "str");
        t("%d", 1.5);
        t("%f", 1);
        t("%x", 2.0);
        t("%c", "s");
        t("%c", 0x110000);
        t("%c", -1);
        t("%c", true);
        t("%,x", 5);
        t("%#d", 5);
        t("%+s", "x");
        t("%(s", "x");
        t("%.2d", 5);
        t("%.2c", 'c');
        t("%.2x", 5);
        t("%-d", 5);
        t("%05s", "x");
        t("%0d", 5);
        t("%--5d", 5);
        t("%++d", 5);
        t("%+ d", 5);
        t("%-05d", 5);
        t("%,e", 1.0);
        t("%#b", true);
        t("%<s", "x");
        t("%0$s", "x");
        t("%.s", "x");
        t("%1$", "x");
        t("%-%");
        t("%5n");
        t("%.2%");
        t("%#s", "x");
        t("%o", -1.0);
        t("%b", (Object) null);
        t("%s %S", null, null);
        try { String.format(null); } catch (NullPointerException e) { System.out.println("null format: NPE"); }
        try { new Formatter().format("%s", 1).close(); System.out.println("closed ok"); } catch (Exception e) { System.out.println(e); }
        Formatter f = new Formatter();
        f.close();
        try { f.format("x"); } catch (FormatterClosedException e) { System.out.println("closed: " + e.getClass().getSimpleName() + " " + e.getMessage()); }
        try { System.out.printf("%d%n", "oops"); } catch (IllegalFormatConversionException e) { System.out.println("printf: " + e.getMessage() + " " + e.getConversion() + " " + e.getArgumentClass().getName()); }
        try { String.format("%z"); } catch (UnknownFormatConversionException e) { System.out.println("conv: " + e.getConversion()); }
        try { String.format("%s %s", 1); } catch (MissingFormatArgumentException e) { System.out.println("spec: " + e.getFormatSpecifier()); }
    }
}
