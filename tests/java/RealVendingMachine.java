// An enum state machine: a vending machine with states and events, an EnumMap of
// transition tables, coin handling with change made greedily from an EnumMap of coin
// counts, and an event trace replayed with the output of each step.
import java.util.*;

public class RealVendingMachine {
    enum State { IDLE, COLLECTING, DISPENSING, OUT_OF_ORDER }
    enum Coin { QUARTER(25), DIME(10), NICKEL(5);
        final int cents; Coin(int c) { cents = c; } }
    enum Product { COLA(125), CHIPS(65), GUM(35);
        final int price; Product(int p) { price = p; } }

    State state = State.IDLE;
    int credit;
    final EnumMap<Coin, Integer> bank = new EnumMap<>(Coin.class);
    final EnumMap<Product, Integer> stock = new EnumMap<>(Product.class);
    final EnumMap<State, EnumSet<State>> allowed = new EnumMap<>(State.class);

    RealVendingMachine() {
        bank.put(Coin.QUARTER, 2); bank.put(Coin.DIME, 3); bank.put(Coin.NICKEL, 1);
        stock.put(Product.COLA, 1); stock.put(Product.CHIPS, 2); stock.put(Product.GUM, 0);
        allowed.put(State.IDLE, EnumSet.of(State.COLLECTING, State.OUT_OF_ORDER));
        allowed.put(State.COLLECTING, EnumSet.of(State.COLLECTING, State.DISPENSING, State.IDLE));
        allowed.put(State.DISPENSING, EnumSet.of(State.IDLE));
        allowed.put(State.OUT_OF_ORDER, EnumSet.of(State.IDLE));
    }

    void go(State to) {
        if (!allowed.get(state).contains(to)) throw new IllegalStateException(state + " -> " + to + " not allowed");
        state = to;
    }

    String insert(Coin c) {
        if (state == State.OUT_OF_ORDER) return "rejected " + c;
        go(State.COLLECTING);
        credit += c.cents;
        bank.merge(c, 1, Integer::sum);
        return "credit " + credit;
    }

    String select(Product p) {
        if (state != State.COLLECTING) return "insert coins first";
        if (stock.get(p) == 0) return p + " sold out";
        if (credit < p.price) return p + " costs " + p.price + ", credit " + credit;
        go(State.DISPENSING);
        EnumMap<Coin, Integer> change = makeChange(credit - p.price);
        if (change == null) { go(State.IDLE); String r = "cannot make change, refund " + credit; credit = 0; return r; }
        stock.merge(p, -1, Integer::sum);
        credit = 0;
        go(State.IDLE);
        return "dispensed " + p + " change " + change;
    }

    EnumMap<Coin, Integer> makeChange(int amount) {
        EnumMap<Coin, Integer> out = new EnumMap<>(Coin.class);
        for (Coin c : Coin.values()) {
            int n = Math.min(amount / c.cents, bank.get(c));
            if (n > 0) { out.put(c, n); amount -= n * c.cents; }
        }
        if (amount != 0) return null;
        out.forEach((c, n) -> bank.merge(c, -n, Integer::sum));
        return out;
    }

    public static void main(String[] args) {
        RealVendingMachine m = new RealVendingMachine();
        String[] trace = {"select GUM", "coin QUARTER", "select GUM", "coin QUARTER", "coin QUARTER", "select CHIPS", "coin QUARTER", "coin QUARTER", "coin QUARTER",
                          "coin QUARTER", "coin QUARTER", "coin DIME", "select COLA", "coin QUARTER", "coin QUARTER", "coin QUARTER", "coin QUARTER", "coin QUARTER", "select COLA", "break", "coin DIME", "fix", "bogus"};
        for (String ev : trace) {
            String[] p = ev.split(" ");
            String r;
            try {
                r = switch (p[0]) {
                    case "coin" -> m.insert(Coin.valueOf(p[1]));
                    case "select" -> m.select(Product.valueOf(p[1]));
                    case "break" -> { m.go(State.OUT_OF_ORDER); yield "broken"; }
                    case "fix" -> { m.go(State.IDLE); yield "fixed"; }
                    default -> throw new IllegalArgumentException("unknown event " + ev);
                };
            } catch (RuntimeException e) {
                r = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            System.out.printf("%-14s -> %-12s %s%n", ev, m.state, r);
        }
        System.out.println(m.bank + " " + m.stock + " credit " + m.credit);
    }
}
