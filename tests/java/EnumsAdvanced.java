// Enums implementing interfaces, static lookup tables built in <clinit>,
// enum constants as singletons, values() returning copies, switch in another class.
public class EnumsAdvanced {
    interface Priced { int price(); }
    enum Coin implements Priced {
        PENNY(1), NICKEL(5), DIME(10), QUARTER(25);
        private final int cents;
        private static final Coin[] BY_ORDER;
        static { BY_ORDER = values(); for (int i = 0; i < BY_ORDER.length / 2; i++) { Coin t = BY_ORDER[i]; BY_ORDER[i] = BY_ORDER[BY_ORDER.length - 1 - i]; BY_ORDER[BY_ORDER.length - 1 - i] = t; } }
        Coin(int c) { cents = c; }
        public int price() { return cents; }
        static Coin largestAtMost(int c) { for (Coin x : BY_ORDER) if (x.cents <= c) return x; return null; }
    }
    enum Level { LOW, MEDIUM, HIGH; Level next() { return values()[(ordinal() + 1) % values().length]; } }
    static class Router { static String route(Level l) { switch (l) { case HIGH: return "pager"; case MEDIUM: return "email"; default: return "log"; } } }
    public static void main(String[] args) {
        int amount = 68; StringBuilder sb = new StringBuilder();
        while (amount > 0) { Coin c = Coin.largestAtMost(amount); sb.append(c).append(' '); amount -= c.price(); }
        System.out.println(sb);
        Priced p = Coin.DIME;
        System.out.println(p.price() + " " + (p instanceof Enum) + " " + ((Enum<?>) p).name() + " " + Coin.valueOf("DIME").compareTo(Coin.PENNY));
        for (Level l : Level.values()) System.out.println(l + " -> " + l.next() + " " + Router.route(l));
        Coin[] v = Coin.values(); v[0] = null;
        System.out.println(Coin.values()[0]);
        System.out.println(Level.HIGH.getDeclaringClass().getSimpleName() + " " + Level.valueOf("LOW").ordinal() + " " + Level.MEDIUM.toString().toLowerCase());
    }
}
