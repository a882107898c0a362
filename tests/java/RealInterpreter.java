// A tiny interpreter: a tokenizer, a recursive-descent parser to an AST of records and
// sealed interfaces, and an evaluator with variables, arithmetic (long), comparison,
// if/while, print, and user-defined functions with recursion; errors carry positions.
import java.util.*;

public class RealInterpreter {
    sealed interface Node permits Num, Var, Bin, Call, Assign, If, While, Print, Block, Def, Ret {}
    record Num(long v) implements Node {}
    record Var(String name) implements Node {}
    record Bin(String op, Node l, Node r) implements Node {}
    record Call(String fn, List<Node> args) implements Node {}
    record Assign(String name, Node value) implements Node {}
    record If(Node cond, Node then, Node otherwise) implements Node {}
    record While(Node cond, Node body) implements Node {}
    record Print(Node value) implements Node {}
    record Block(List<Node> body) implements Node {}
    record Def(String name, List<String> params, Node body) implements Node {}
    record Ret(Node value) implements Node {}

    static final class Return extends RuntimeException { final long v; Return(long v) { super(null, null, false, false); this.v = v; } }

    final List<String> toks = new ArrayList<>();
    int p;

    RealInterpreter(String src) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*(\\d+|[A-Za-z_]\\w*|==|!=|<=|>=|[-+*/%<>=(){};,])").matcher(src);
        int at = 0;
        while (at < src.length() && m.find(at) && m.start() == at) { toks.add(m.group(1)); at = m.end(); }
        if (src.substring(at).strip().length() > 0) throw new IllegalArgumentException("bad character at " + at);
    }

    String peek() { return p < toks.size() ? toks.get(p) : "<eof>"; }
    String next() { return toks.get(p++); }
    void eat(String t) { if (!peek().equals(t)) throw new IllegalStateException("expected " + t + " but got " + peek() + " at token " + p); p++; }

    Node stmt() {
        switch (peek()) {
            case "{": { eat("{"); List<Node> b = new ArrayList<>(); while (!peek().equals("}")) b.add(stmt()); eat("}"); return new Block(b); }
            case "if": { eat("if"); Node c = expr(); Node t = stmt(); Node e = null; if (peek().equals("else")) { eat("else"); e = stmt(); } return new If(c, t, e); }
            case "while": { eat("while"); Node c = expr(); return new While(c, stmt()); }
            case "print": { eat("print"); Node v = expr(); eat(";"); return new Print(v); }
            case "return": { eat("return"); Node v = expr(); eat(";"); return new Ret(v); }
            case "def": {
                eat("def"); String name = next(); eat("("); List<String> ps = new ArrayList<>();
                while (!peek().equals(")")) { ps.add(next()); if (peek().equals(",")) eat(","); }
                eat(")"); return new Def(name, ps, stmt());
            }
            default: {
                if (p + 1 < toks.size() && toks.get(p + 1).equals("=")) { String n = next(); eat("="); Node v = expr(); eat(";"); return new Assign(n, v); }
                Node e = expr(); eat(";"); return e;
            }
        }
    }

    Node expr() { Node l = sum(); while (List.of("==", "!=", "<", ">", "<=", ">=").contains(peek())) { String op = next(); l = new Bin(op, l, sum()); } return l; }
    Node sum() { Node l = term(); while (peek().equals("+") || peek().equals("-")) { String op = next(); l = new Bin(op, l, term()); } return l; }
    Node term() { Node l = atom(); while (peek().equals("*") || peek().equals("/") || peek().equals("%")) { String op = next(); l = new Bin(op, l, atom()); } return l; }
    Node atom() {
        String t = next();
        if (t.equals("(")) { Node e = expr(); eat(")"); return e; }
        if (t.equals("-")) return new Bin("-", new Num(0), atom());
        if (Character.isDigit(t.charAt(0))) return new Num(Long.parseLong(t));
        if (peek().equals("(")) { eat("("); List<Node> as = new ArrayList<>(); while (!peek().equals(")")) { as.add(expr()); if (peek().equals(",")) eat(","); } eat(")"); return new Call(t, as); }
        return new Var(t);
    }

    final Map<String, Def> fns = new HashMap<>();
    final StringBuilder out = new StringBuilder();
    long steps;

    long eval(Node n, Map<String, Long> env) {
        if (++steps > 2_000_000) throw new IllegalStateException("step limit");
        if (n instanceof Num x) return x.v();
        if (n instanceof Var v) { Long x = env.get(v.name()); if (x == null) throw new NoSuchElementException("undefined variable " + v.name()); return x; }
        if (n instanceof Bin b) {
            long l = eval(b.l(), env), r = eval(b.r(), env);
            return switch (b.op()) { case "+" -> l + r; case "-" -> l - r; case "*" -> l * r; case "/" -> l / r; case "%" -> l % r;
                case "==" -> l == r ? 1 : 0; case "!=" -> l != r ? 1 : 0; case "<" -> l < r ? 1 : 0; case ">" -> l > r ? 1 : 0; case "<=" -> l <= r ? 1 : 0; default -> l >= r ? 1 : 0; };
        }
        if (n instanceof Assign a) { long v = eval(a.value(), env); env.put(a.name(), v); return v; }
        if (n instanceof If i) return eval(i.cond(), env) != 0 ? eval(i.then(), env) : i.otherwise() == null ? 0 : eval(i.otherwise(), env);
        if (n instanceof While w) { long last = 0; while (eval(w.cond(), env) != 0) last = eval(w.body(), env); return last; }
        if (n instanceof Print pr) { long v = eval(pr.value(), env); out.append(v).append('\n'); return v; }
        if (n instanceof Block b) { long last = 0; for (Node st : b.body()) last = eval(st, env); return last; }
        if (n instanceof Def d) { fns.put(d.name(), d); return 0; }
        if (n instanceof Ret r) throw new Return(eval(r.value(), env));
        Call c = (Call) n;
        Def d = fns.get(c.fn());
        if (d == null) throw new NoSuchElementException("undefined function " + c.fn());
        Map<String, Long> local = new HashMap<>();
        for (int k = 0; k < d.params().size(); k++) local.put(d.params().get(k), eval(c.args().get(k), env));
        try { return eval(d.body(), local); } catch (Return r) { return r.v; }
    }

    static void run(String src) {
        try {
            RealInterpreter in = new RealInterpreter(src);
            Map<String, Long> env = new HashMap<>();
            while (in.p < in.toks.size()) in.eval(in.stmt(), env);
            System.out.print(in.out);
            System.out.println("env " + new TreeMap<>(env) + " steps " + in.steps);
        } catch (RuntimeException e) {
            System.out.println("error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        run("x = 6 * 7; print x; y = (x - 2) / 5 % 3; print y; print -x + 100;");
        run("def fact(n) { if n <= 1 return 1; return n * fact(n - 1); } print fact(20);");
        run("def fib(n) { if n < 2 return n; return fib(n - 1) + fib(n - 2); } i = 0; while i < 15 { print fib(i); i = i + 1; }");
        run("def gcd(a, b) { while b != 0 { t = b; b = a % b; a = t; } return a; } print gcd(1071, 462); print gcd(17, 5);");
        run("n = 0; s = 0; while n < 1000 { if n % 3 == 0 s = s + n; else if n % 5 == 0 s = s + n; n = n + 1; } print s;");
        run("print 1 / 0;");
        run("print z;");
        run("x = ;");
        run("x = 5 $ 3;");
        run("print nope(1);");
    }
}
