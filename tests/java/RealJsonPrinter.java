// A small JSON library: a recursive-descent parser into Maps (LinkedHashMap keeps key
// order), Lists, Strings, Doubles/Longs, Booleans and null; a pretty printer with
// indentation and string escapes; parse -> print -> parse round trip; parse errors.
import java.util.*;

public class RealJsonPrinter {
    static final class Parser {
        final String s; int i;
        Parser(String s) { this.s = s; }
        RuntimeException err(String what) { return new IllegalArgumentException(what + " at " + i); }
        void ws() { while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) i++; }
        Object value() {
            ws();
            if (i >= s.length()) throw err("unexpected end");
            char c = s.charAt(i);
            if (c == '{') {
                i++; Map<String, Object> m = new LinkedHashMap<>(); ws();
                if (s.charAt(i) == '}') { i++; return m; }
                while (true) { ws(); String k = str(); ws(); expect(':'); m.put(k, value()); ws(); if (s.charAt(i) == ',') { i++; continue; } expect('}'); return m; }
            }
            if (c == '[') {
                i++; List<Object> l = new ArrayList<>(); ws();
                if (s.charAt(i) == ']') { i++; return l; }
                while (true) { l.add(value()); ws(); if (s.charAt(i) == ',') { i++; continue; } expect(']'); return l; }
            }
            if (c == '"') return str();
            if (s.startsWith("true", i)) { i += 4; return Boolean.TRUE; }
            if (s.startsWith("false", i)) { i += 5; return Boolean.FALSE; }
            if (s.startsWith("null", i)) { i += 4; return null; }
            int st = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
            if (st == i) throw err("unexpected '" + c + "'");
            String num = s.substring(st, i);
            return num.matches("-?\\d+") ? (Object) Long.parseLong(num) : (Object) Double.parseDouble(num);
        }
        void expect(char c) { if (i >= s.length() || s.charAt(i) != c) throw err("expected '" + c + "'"); i++; }
        String str() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c != '\\') { b.append(c); continue; }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n'); case 't' -> b.append('\t'); case 'u' -> { b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; }
                    default -> b.append(e);
                }
            }
            i++;
            return b.toString();
        }
    }

    static void print(Object v, StringBuilder out, int depth) {
        String pad = "  ".repeat(depth + 1), end = "  ".repeat(depth);
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) { out.append("{}"); return; }
            out.append("{\n");
            Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
            while (it.hasNext()) { Map.Entry<?, ?> e = it.next(); out.append(pad); quote(e.getKey().toString(), out); out.append(": "); print(e.getValue(), out, depth + 1); out.append(it.hasNext() ? ",\n" : "\n"); }
            out.append(end).append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) { out.append("[]"); return; }
            out.append("[\n");
            for (int k = 0; k < l.size(); k++) { out.append(pad); print(l.get(k), out, depth + 1); out.append(k + 1 < l.size() ? ",\n" : "\n"); }
            out.append(end).append(']');
        } else if (v instanceof String s) quote(s, out);
        else out.append(v);
    }

    static void quote(String s, StringBuilder out) {
        out.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\""); case '\\' -> out.append("\\\\"); case '\n' -> out.append("\\n"); case '\t' -> out.append("\\t");
                default -> { if (c < 0x20 || c > 0x7e) out.append(String.format("\\u%04x", (int) c)); else out.append(c); }
            }
        }
        out.append('"');
    }

    public static void main(String[] args) {
        String src = "{\"name\":\"plinth\",\"version\":1.5,\"tags\":[\"jvm\",\"kvm\",\"tiny\"],\"nested\":{\"deep\":{\"list\":[1,-2,3.25e2,true,false,null,[],{}]},"
                + "\"esc\":\"line\\nnext \\\"quoted\\\" tab\\t \\u00e9\"},\"count\":1234567890123,\"empty\":\"\"}";
        Object v = new Parser(src).value();
        StringBuilder out = new StringBuilder();
        print(v, out, 0);
        System.out.println(out);
        Object again = new Parser(out.toString()).value();
        System.out.println("round trip equal: " + v.equals(again) + ", toString: " + v);
        for (String bad : new String[]{"{\"a\":}", "[1,2", "{\"a\" 1}", "tru", "[1,]x"}) {
            try { new Parser(bad).value(); System.out.println(bad + " parsed"); } catch (RuntimeException e) { System.out.println(bad + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage()); }
        }
    }
}
