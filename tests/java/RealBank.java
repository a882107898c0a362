// A bank-account simulation: accounts in a HashMap keyed by id, deposits, withdrawals
// and transfers with a checked exception for insufficient funds, an audit log,
// monthly interest in integer cents with rounding, and statements via printf.
import java.util.*;

public class RealBank {
    static class InsufficientFundsException extends Exception {
        InsufficientFundsException(String id, long need, long have) { super(String.format("account %s: need %d.%02d, have %d.%02d", id, need / 100, need % 100, have / 100, have % 100)); }
    }

    static final class Account {
        final String id, owner;
        long cents;
        final List<String> history = new ArrayList<>();
        Account(String id, String owner) { this.id = id; this.owner = owner; }
        void deposit(long c) { if (c <= 0) throw new IllegalArgumentException("deposit must be positive: " + c); cents += c; history.add("+" + c); }
        void withdraw(long c) throws InsufficientFundsException { if (c > cents) throw new InsufficientFundsException(id, c, cents); cents -= c; history.add("-" + c); }
        @Override public String toString() { return String.format("%s(%s) %,d.%02d", id, owner, cents / 100, cents % 100); }
    }

    final Map<String, Account> accounts = new HashMap<>();
    final List<String> audit = new ArrayList<>();
    int next = 1000;

    Account open(String owner, long initial) {
        Account a = new Account("AC" + next++, owner);
        accounts.put(a.id, a);
        if (initial > 0) a.deposit(initial);
        audit.add("open " + a.id);
        return a;
    }

    void transfer(String from, String to, long c) throws InsufficientFundsException {
        Account a = Objects.requireNonNull(accounts.get(from), "no account " + from), b = Objects.requireNonNull(accounts.get(to), "no account " + to);
        a.withdraw(c);
        b.deposit(c);
        audit.add("transfer " + from + "->" + to + " " + c);
    }

    public static void main(String[] args) {
        RealBank bank = new RealBank();
        Account ann = bank.open("Ann", 150_000), bob = bank.open("Bob", 2_500), cid = bank.open("Cid", 0);
        String[][] ops = {{"T", "AC1000", "AC1001", "20000"}, {"T", "AC1001", "AC1002", "30000"}, {"W", "AC1002", "1"}, {"D", "AC1002", "-5"}, {"T", "AC1001", "AC9999", "1"},
                          {"T", "AC1000", "AC1002", "99999"}, {"W", "AC1000", "30002"}, {"D", "AC1001", "1234"}};
        for (String[] op : ops) {
            try {
                switch (op[0]) {
                    case "T" -> bank.transfer(op[1], op[2], Long.parseLong(op[3]));
                    case "W" -> bank.accounts.get(op[1]).withdraw(Long.parseLong(op[2]));
                    default -> bank.accounts.get(op[1]).deposit(Long.parseLong(op[2]));
                }
                System.out.println("ok   " + String.join(" ", op));
            } catch (InsufficientFundsException e) {
                System.out.println("fail " + String.join(" ", op) + ": " + e.getMessage());
            } catch (IllegalArgumentException | NullPointerException e) {
                System.out.println("err  " + String.join(" ", op) + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
            }
        }
        for (int month = 1; month <= 3; month++)
            for (Account a : bank.accounts.values()) {
                long interest = Math.round(a.cents * 0.0125 / 12);
                if (interest > 0) a.deposit(interest);
            }
        List<Account> sorted = new ArrayList<>(bank.accounts.values());
        sorted.sort(Comparator.comparingLong((Account a) -> -a.cents).thenComparing(a -> a.id));
        sorted.forEach(a -> System.out.println(a + " " + a.history));
        System.out.println(bank.accounts.keySet() + " total " + bank.accounts.values().stream().mapToLong(a -> a.cents).sum());
        System.out.println(bank.audit);
    }
}
