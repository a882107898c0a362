// Records implementing interfaces and Comparable, generic records, static
// fields and factories, explicit accessor overrides, canonical constructor.
public class RecordsAdvanced {
    interface HasArea { double area(); }
    record Rect(double w, double h) implements HasArea, Comparable<Rect> {
        static int created;
        Rect { created++; }
        Rect(double side) { this(side, side); }
        public double area() { return w * h; }
        public int compareTo(Rect o) { return Double.compare(area(), o.area()); }
        public double w() { return Math.abs(w); }
    }
    record Pair<A, B>(A first, B second) {
        static <T> Pair<T, T> twin(T t) { return new Pair<>(t, t); }
        <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); }
    }
    record Money(long cents, String currency) {
        Money(long cents, String currency) {
            if (currency == null) throw new NullPointerException("currency");
            this.cents = cents; this.currency = currency.toUpperCase();
        }
        public String toString() { return cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100 + " " + currency; }
    }
    public static void main(String[] args) {
        Rect a = new Rect(-2, 3), b = new Rect(2);
        System.out.println(a + " " + a.w() + " " + a.area() + " " + b + " " + a.compareTo(b) + " " + Rect.created);
        Pair<String, Integer> p = new Pair<>("x", 1);
        System.out.println(p + " " + Pair.twin(7) + " " + p.withSecond(2.5) + " " + p.equals(new Pair<>("x", 1)) + " " + new Pair<>(null, null));
        System.out.println(new Money(12345, "eur") + " " + new Money(5, "usd") + " " + new Money(5, "usd").equals(new Money(5, "USD")));
        try { new Money(1, null); } catch (NullPointerException e) { System.out.println("NPE " + e.getMessage()); }
        System.out.println(new Pair<>(1, "a").hashCode() == new Pair<>(1, "a").hashCode());
    }
}
