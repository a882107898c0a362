// An RPN calculator over stdin (RealRpnCalculator.in): an ArrayDeque stack of doubles,
// a HashMap of operators as lambdas, stack underflow and unknown-token errors per
// line, division by zero as Infinity, and results printed with Double.toString and %g.
import java.io.*;
import java.util.*;
import java.util.function.*;

public class RealRpnCalculator {
    static final Map<String, DoubleBinaryOperator> BIN = new HashMap<>();
    static final Map<String, DoubleUnaryOperator> UN = new HashMap<>();
    static {
        BIN.put("+", Double::sum); BIN.put("-", (a, b) -> a - b); BIN.put("*", (a, b) -> a * b); BIN.put("/", (a, b) -> a / b);
        BIN.put("%", (a, b) -> a % b); BIN.put("^", Math::pow); BIN.put("max", Math::max);
        UN.put("sqrt", Math::sqrt); UN.put("neg", a -> -a); UN.put("abs", Math::abs);
    }

    static String eval(String line) {
        Deque<Double> st = new ArrayDeque<>();
        for (String tok : line.trim().split("\\s+")) {
            if (tok.isEmpty()) continue;
            if (BIN.containsKey(tok)) {
                if (st.size() < 2) throw new IllegalStateException("stack underflow at '" + tok + "'");
                double b = st.pop(), a = st.pop();
                st.push(BIN.get(tok).applyAsDouble(a, b));
            } else if (UN.containsKey(tok)) {
                if (st.isEmpty()) throw new IllegalStateException("stack underflow at '" + tok + "'");
                st.push(UN.get(tok).applyAsDouble(st.pop()));
            } else if (tok.equals("dup")) st.push(st.peek());
            else if (tok.equals("swap")) { double b = st.pop(), a = st.pop(); st.push(b); st.push(a); }
            else if (tok.equals("sum")) { double s = 0; while (!st.isEmpty()) s += st.pop(); st.push(s); }
            else if (tok.equals("pi")) st.push(Math.PI);
            else {
                try { st.push(Double.parseDouble(tok)); } catch (NumberFormatException e) { throw new IllegalArgumentException("unknown token '" + tok + "'"); }
            }
        }
        if (st.isEmpty()) return "(empty)";
        StringBuilder sb = new StringBuilder();
        Iterator<Double> it = st.descendingIterator();
        while (it.hasNext()) { double v = it.next(); sb.append(v).append(String.format(" [%g]", v)).append(it.hasNext() ? ", " : ""); }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = 0, errors = 0;
        for (String line; (line = in.readLine()) != null;) {
            n++;
            try {
                System.out.println(n + ": " + line.trim() + " => " + eval(line));
            } catch (RuntimeException e) {
                errors++;
                System.out.println(n + ": " + line.trim() + " => error: " + e.getMessage());
            }
        }
        System.out.println(n + " lines, " + errors + " errors");
    }
}
