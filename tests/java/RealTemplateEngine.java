// A mustache-like template engine: {{name}} and {{obj.field}} lookups in nested maps,
// {{#list}}...{{/list}} sections over lists of maps, {{^empty}} inverted sections,
// HTML escaping, missing keys rendered empty, with regex-driven parsing.
import java.util.*;
import java.util.regex.*;

public class RealTemplateEngine {
    static final Pattern SECTION = Pattern.compile("\\{\\{([#^])(\\w+)\\}\\}(.*?)\\{\\{/\\2\\}\\}", Pattern.DOTALL);
    static final Pattern VAR = Pattern.compile("\\{\\{(\\{?)([\\w.]+)\\}?\\}\\}");

    static Object lookup(Deque<Map<String, Object>> ctx, String path) {
        for (Map<String, Object> scope : ctx) {
            Object v = scope;
            boolean ok = true;
            for (String part : path.split("\\.")) {
                if (v instanceof Map<?, ?> m && m.containsKey(part)) v = m.get(part); else { ok = false; break; }
            }
            if (ok) return v;
        }
        return null;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @SuppressWarnings("unchecked")
    static String render(String tpl, Deque<Map<String, Object>> ctx) {
        Matcher s = SECTION.matcher(tpl);
        StringBuilder out = new StringBuilder();
        while (s.find()) {
            Object v = lookup(ctx, s.group(2));
            boolean truthy = v != null && !Boolean.FALSE.equals(v) && !(v instanceof List<?> l && l.isEmpty());
            StringBuilder part = new StringBuilder();
            if (s.group(1).equals("^")) { if (!truthy) part.append(render(s.group(3), ctx)); }
            else if (v instanceof List<?> l) {
                for (Object item : l) { ctx.push((Map<String, Object>) item); part.append(render(s.group(3), ctx)); ctx.pop(); }
            } else if (truthy) part.append(render(s.group(3), ctx));
            s.appendReplacement(out, Matcher.quoteReplacement(part.toString()));
        }
        s.appendTail(out);
        Matcher m = VAR.matcher(out.toString());
        StringBuilder res = new StringBuilder();
        while (m.find()) {
            Object v = lookup(ctx, m.group(2));
            String text = v == null ? "" : String.valueOf(v);
            m.appendReplacement(res, Matcher.quoteReplacement(m.group(1).isEmpty() ? escape(text) : text));
        }
        m.appendTail(res);
        return res.toString();
    }

    public static void main(String[] args) {
        Map<String, Object> data = new HashMap<>();
        data.put("title", "Orders & <Invoices>");
        data.put("user", Map.of("name", "Zoë", "address", Map.of("city", "Oslo")));
        List<Map<String, Object>> orders = new ArrayList<>();
        orders.add(Map.of("id", 17, "total", 12.5, "items", List.of(Map.of("sku", "A-1"), Map.of("sku", "B-2")), "rush", true));
        orders.add(Map.of("id", 18, "total", 99.99, "items", List.of(), "rush", false));
        data.put("orders", orders);
        data.put("empty", List.of());
        data.put("raw", "<b>bold</b>");
        String tpl = """
                <h1>{{title}}</h1>
                Hello {{user.name}} from {{user.address.city}}{{user.missing}}!
                {{#orders}}
                - order {{id}}: {{total}}{{#rush}} (RUSH){{/rush}} items:{{#items}} {{sku}}{{/items}}{{^items}} none{{/items}} for {{user.name}}
                {{/orders}}
                {{^empty}}No messages.{{/empty}}{{#empty}}never{{/empty}}
                escaped {{raw}} unescaped {{{raw}}}
                """;
        Deque<Map<String, Object>> ctx = new ArrayDeque<>();
        ctx.push(data);
        System.out.print(render(tpl, ctx));
        System.out.println(render("{{a}}-{{b.c}}-{{#l}}[{{.}}]{{/l}}", new ArrayDeque<>(List.of(Map.of("a", "$1 \\ ok")))));
    }
}
