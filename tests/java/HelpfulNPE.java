// Helpful NullPointerException messages (JEP 358) for field reads and writes,
// method calls, array loads and stores, arraylength, unboxing, synchronized, throw.
public class HelpfulNPE {
    int field; String name; HelpfulNPE next; int[] arr;
    static HelpfulNPE sNull;
    static int[] nullArr() { return null; }
    static HelpfulNPE make() { return null; }
    interface Act { void run() throws Throwable; }
    static void t(String what, Act a) {
        try { a.run(); System.out.println(what + ": no exception"); }
        catch (NullPointerException e) { System.out.println(what + ": " + e.getMessage()); }
        catch (Throwable e) { System.out.println(what + ": other " + e); }
    }
    public static void main(String[] args) {
        HelpfulNPE o = new HelpfulNPE();
        HelpfulNPE nul = null;
        int[] ia = null; long[][] la = null; Object[] oa = null;
        Integer boxed = null; Long lboxed = null; Boolean bboxed = null;
        String s = null;
        t("getfield", () -> System.out.println(nul.field));
        t("putfield", () -> nul.field = 3);
        t("getfield chain", () -> System.out.println(o.next.name));
        t("putfield chain", () -> o.next.field = 1);
        t("static chain", () -> System.out.println(sNull.field));
        t("invokevirtual", () -> s.length());
        t("invoke on field", () -> o.name.isEmpty());
        t("invoke on call result", () -> make().toString());
        t("iaload", () -> System.out.println(ia[0]));
        t("iastore", () -> ia[1] = 2);
        t("laload 2d", () -> System.out.println(la[0][1]));
        t("aastore", () -> oa[0] = "x");
        t("array from call", () -> System.out.println(nullArr()[3]));
        t("field array", () -> System.out.println(o.arr[0]));
        t("arraylength", () -> System.out.println(ia.length));
        t("arraylength field", () -> System.out.println(o.arr.length));
        t("unbox Integer", () -> { int x = boxed; });
        t("unbox Long", () -> { long x = lboxed + 1; });
        t("unbox Boolean", () -> { if (bboxed) System.out.println(); });
        t("synchronized", () -> { synchronized (s) { System.out.println("in"); } });
        t("throw null", () -> { RuntimeException r = null; throw r; });
        t("string switch", () -> { switch (s) { case "a": break; default: break; } });
        t("foreach array", () -> { for (int x : ia) System.out.println(x); });
        t("explicit NPE", () -> { throw new NullPointerException(); });
        t("explicit msg", () -> { throw new NullPointerException("mine"); });
        t("local", () -> { HelpfulNPE local = null; local.field++; });
        t("concat ok", () -> System.out.println("null is fine: " + s));
    }
}
