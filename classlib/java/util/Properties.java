package java.util;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * String properties.  As in JDK 9+, the entries live in an internal
 * ConcurrentHashMap (so toString and iteration follow its order, not
 * Hashtable's); load/store use the JDK's line format and escapes.
 */
public class Properties extends Hashtable<Object, Object> {
    private static final long serialVersionUID = 4112578634029874840L;

    protected volatile Properties defaults;
    private final transient ConcurrentHashMap<Object, Object> map;

    public Properties() {
        this(null, 8);
    }

    public Properties(int initialCapacity) {
        this(null, initialCapacity);
    }

    public Properties(Properties defaults) {
        this(defaults, 8);
    }

    private Properties(Properties defaults, int initialCapacity) {
        super(1);
        map = new ConcurrentHashMap<>(initialCapacity);
        this.defaults = defaults;
    }

    public synchronized Object setProperty(String key, String value) {
        return put(key, value);
    }

    public String getProperty(String key) {
        Object oval = map.get(key);
        String sval = (oval instanceof String) ? (String) oval : null;
        Properties defaults;
        return ((sval == null) && ((defaults = this.defaults) != null)) ? defaults.getProperty(key) : sval;
    }

    public String getProperty(String key, String defaultValue) {
        String val = getProperty(key);
        return (val == null) ? defaultValue : val;
    }

    public Enumeration<?> propertyNames() {
        Hashtable<String, Object> h = new Hashtable<>();
        enumerate(h);
        return h.keys();
    }

    public Set<String> stringPropertyNames() {
        Map<String, String> h = new HashMap<>();
        enumerateStringProperties(h);
        return Collections.unmodifiableSet(h.keySet());
    }

    private void enumerate(Map<String, Object> h) {
        if (defaults != null)
            defaults.enumerate(h);
        for (Map.Entry<Object, Object> e : entrySet()) {
            String key = (String) e.getKey();
            h.put(key, e.getValue());
        }
    }

    private void enumerateStringProperties(Map<String, String> h) {
        if (defaults != null)
            defaults.enumerateStringProperties(h);
        for (Map.Entry<Object, Object> e : entrySet()) {
            Object k = e.getKey();
            Object v = e.getValue();
            if (k instanceof String && v instanceof String)
                h.put((String) k, (String) v);
        }
    }

    public void list(PrintStream out) {
        out.println("-- listing properties --");
        Map<String, Object> h = new HashMap<>();
        enumerate(h);
        for (Map.Entry<String, Object> e : h.entrySet()) {
            String key = e.getKey();
            String val = (String) e.getValue();
            if (val.length() > 40)
                val = val.substring(0, 37) + "...";
            out.println(key + "=" + val);
        }
    }

    public void list(PrintWriter out) {
        out.println("-- listing properties --");
        Map<String, Object> h = new HashMap<>();
        enumerate(h);
        for (Map.Entry<String, Object> e : h.entrySet()) {
            String key = e.getKey();
            String val = (String) e.getValue();
            if (val.length() > 40)
                val = val.substring(0, 37) + "...";
            out.println(key + "=" + val);
        }
    }

    // ---- load ----

    public synchronized void load(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader parameter is null");
        load0(new LineReader(reader));
    }

    public synchronized void load(InputStream inStream) throws IOException {
        Objects.requireNonNull(inStream, "inStream parameter is null");
        load0(new LineReader(new InputStreamReader(inStream, StandardCharsets.ISO_8859_1)));
    }

    private void load0(LineReader lr) throws IOException {
        StringBuilder outBuffer = new StringBuilder();
        String line;
        while ((line = lr.readLine()) != null) {
            int limit = line.length();
            int keyLen = 0;
            int valueStart = limit;
            boolean hasSep = false;
            boolean precedingBackslash = false;
            while (keyLen < limit) {
                char c = line.charAt(keyLen);
                if ((c == '=' || c == ':') && !precedingBackslash) {
                    valueStart = keyLen + 1;
                    hasSep = true;
                    break;
                } else if ((c == ' ' || c == '\t' || c == '\f') && !precedingBackslash) {
                    valueStart = keyLen + 1;
                    break;
                }
                precedingBackslash = (c == '\\') ? !precedingBackslash : false;
                keyLen++;
            }
            while (valueStart < limit) {
                char c = line.charAt(valueStart);
                if (c != ' ' && c != '\t' && c != '\f') {
                    if (!hasSep && (c == '=' || c == ':'))
                        hasSep = true;
                    else
                        break;
                }
                valueStart++;
            }
            String key = loadConvert(line, 0, keyLen, outBuffer);
            String value = loadConvert(line, valueStart, limit, outBuffer);
            put(key, value);
        }
    }

    /** Reads logical lines: no comments or blank lines, continuations joined, leading blanks dropped. */
    private static final class LineReader {
        private final Reader reader;

        LineReader(Reader reader) {
            this.reader = reader;
        }

        private int peeked = -2;

        private int read() throws IOException {
            if (peeked != -2) {
                int c = peeked;
                peeked = -2;
                return c;
            }
            return reader.read();
        }

        String readLine() throws IOException {
            StringBuilder sb = new StringBuilder();
            boolean skipWhiteSpace = true;
            boolean isCommentLine = false;
            boolean isNewLine = true;
            boolean appendedLineBegin = false;
            boolean precedingBackslash = false;
            boolean skipLF = false;
            for (;;) {
                int ci = read();
                if (ci < 0) {
                    if (isCommentLine || sb.length() == 0)
                        return null;
                    if (precedingBackslash)
                        sb.setLength(sb.length() - 1);
                    return sb.toString();
                }
                char c = (char) ci;
                if (skipLF) {
                    skipLF = false;
                    if (c == '\n')
                        continue;
                }
                if (skipWhiteSpace) {
                    if (c == ' ' || c == '\t' || c == '\f')
                        continue;
                    if (!appendedLineBegin && (c == '\r' || c == '\n'))
                        continue;
                    skipWhiteSpace = false;
                    appendedLineBegin = false;
                }
                if (isNewLine) {
                    isNewLine = false;
                    if (c == '#' || c == '!') {
                        isCommentLine = true;
                        continue;
                    }
                }
                if (c != '\n' && c != '\r') {
                    if (!isCommentLine)
                        sb.append(c);
                    precedingBackslash = (c == '\\') ? !precedingBackslash : false;
                    continue;
                }
                // End of a physical line.
                if (c == '\r')
                    skipLF = true;
                if (isCommentLine || sb.length() == 0) {
                    isCommentLine = false;
                    isNewLine = true;
                    skipWhiteSpace = true;
                    sb.setLength(0);
                    precedingBackslash = false;
                    continue;
                }
                if (precedingBackslash) {
                    sb.setLength(sb.length() - 1);
                    skipWhiteSpace = true;
                    appendedLineBegin = true;
                    precedingBackslash = false;
                    continue;
                }
                if (skipLF) {
                    int next = read();
                    if (next != '\n')
                        peeked = next;
                }
                return sb.toString();
            }
        }
    }

    private static String loadConvert(String in, int off, int end, StringBuilder out) {
        out.setLength(0);
        while (off < end) {
            char aChar = in.charAt(off++);
            if (aChar == '\\') {
                aChar = off < end ? in.charAt(off++) : '\\';
                if (aChar == 'u') {
                    if (off > end - 4)
                        throw new IllegalArgumentException("Malformed \\uxxxx encoding.");
                    int value = 0;
                    for (int i = 0; i < 4; i++) {
                        int d = Character.digit(in.charAt(off++), 16);
                        if (d < 0)
                            throw new IllegalArgumentException("Malformed \\uxxxx encoding.");
                        value = (value << 4) + d;
                    }
                    out.append((char) value);
                } else {
                    if (aChar == 't')
                        aChar = '\t';
                    else if (aChar == 'r')
                        aChar = '\r';
                    else if (aChar == 'n')
                        aChar = '\n';
                    else if (aChar == 'f')
                        aChar = '\f';
                    out.append(aChar);
                }
            } else {
                out.append(aChar);
            }
        }
        return out.toString();
    }

    // ---- store ----

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static String saveConvert(String theString, boolean escapeSpace, boolean escUnicode) {
        int len = theString.length();
        StringBuilder out = new StringBuilder(len * 2);
        for (int x = 0; x < len; x++) {
            char aChar = theString.charAt(x);
            if ((aChar > 61) && (aChar < 127)) {
                if (aChar == '\\') {
                    out.append('\\').append('\\');
                    continue;
                }
                out.append(aChar);
                continue;
            }
            switch (aChar) {
            case ' ':
                if (x == 0 || escapeSpace)
                    out.append('\\');
                out.append(' ');
                break;
            case '\t': out.append('\\').append('t'); break;
            case '\n': out.append('\\').append('n'); break;
            case '\r': out.append('\\').append('r'); break;
            case '\f': out.append('\\').append('f'); break;
            case '=':
            case ':':
            case '#':
            case '!':
                out.append('\\').append(aChar);
                break;
            default:
                if (((aChar < 0x0020) || (aChar > 0x007e)) & escUnicode) {
                    out.append('\\').append('u');
                    out.append(HEX[(aChar >> 12) & 0xF]).append(HEX[(aChar >> 8) & 0xF]);
                    out.append(HEX[(aChar >> 4) & 0xF]).append(HEX[aChar & 0xF]);
                } else {
                    out.append(aChar);
                }
            }
        }
        return out.toString();
    }

    private static void writeComments(BufferedWriter bw, String comments) throws IOException {
        bw.write("#");
        int len = comments.length();
        int current = 0;
        int last = 0;
        while (current < len) {
            char c = comments.charAt(current);
            if (c > '\u00ff' || c == '\n' || c == '\r') {
                if (last != current)
                    bw.write(comments.substring(last, current));
                if (c > '\u00ff') {
                    bw.write("\\u");
                    bw.write(HEX[(c >> 12) & 0xf]);
                    bw.write(HEX[(c >> 8) & 0xf]);
                    bw.write(HEX[(c >> 4) & 0xf]);
                    bw.write(HEX[c & 0xf]);
                } else {
                    bw.newLine();
                    if (c == '\r' && current != len - 1 && comments.charAt(current + 1) == '\n')
                        current++;
                    if (current == len - 1 || (comments.charAt(current + 1) != '#' && comments.charAt(current + 1) != '!'))
                        bw.write("#");
                }
                last = current + 1;
            }
            current++;
        }
        if (last != current)
            bw.write(comments.substring(last, current));
        bw.newLine();
    }

    public void store(Writer writer, String comments) throws IOException {
        store0((writer instanceof BufferedWriter) ? (BufferedWriter) writer : new BufferedWriter(writer), comments, false);
    }

    public void store(OutputStream out, String comments) throws IOException {
        store0(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.ISO_8859_1)), comments, true);
    }

    private void store0(BufferedWriter bw, String comments, boolean escUnicode) throws IOException {
        if (comments != null)
            writeComments(bw, comments);
        bw.write("#" + dateString(System.currentTimeMillis()));
        bw.newLine();
        synchronized (this) {
            for (Map.Entry<Object, Object> e : entrySet()) {
                String key = (String) e.getKey();
                String val = (String) e.getValue();
                key = saveConvert(key, true, escUnicode);
                val = saveConvert(val, false, escUnicode);
                bw.write(key + "=" + val);
                bw.newLine();
            }
        }
        bw.flush();
    }

    /** The time as Date.toString prints it, in UTC (there is no time zone support yet). */
    static String dateString(long millis) {
        long days = Math.floorDiv(millis, 86400000L);
        long secs = Math.floorMod(millis, 86400000L) / 1000;
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        long z = days + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        if (m <= 2)
            y++;
        String[] dow = { "Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed" };
        String[] mon = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
        return dow[(int) Math.floorMod(days, 7L)] + " " + mon[(int) m - 1] + " " + two(d) + " " + two(secs / 3600) + ":"
                + two(secs / 60 % 60) + ":" + two(secs % 60) + " UTC " + y;
    }

    private static String two(long v) {
        return v < 10 ? "0" + v : Long.toString(v);
    }

    // ---- the Map, over the internal ConcurrentHashMap ----

    @Override public int size() { return map.size(); }
    @Override public boolean isEmpty() { return map.isEmpty(); }
    @Override public Enumeration<Object> keys() { return Collections.enumeration(map.keySet()); }
    @Override public Enumeration<Object> elements() { return Collections.enumeration(map.values()); }
    @Override public boolean contains(Object value) { return map.contains(value); }
    @Override public boolean containsValue(Object value) { return map.containsValue(value); }
    @Override public boolean containsKey(Object key) { return map.containsKey(key); }
    @Override public Object get(Object key) { return map.get(key); }
    @Override public synchronized Object put(Object key, Object value) { return map.put(key, value); }
    @Override public synchronized Object remove(Object key) { return map.remove(key); }
    @Override public synchronized void putAll(Map<?, ?> t) { map.putAll(t); }
    @Override public synchronized void clear() { map.clear(); }
    @Override public synchronized String toString() { return map.toString(); }
    @Override public Set<Object> keySet() { return Collections.synchronizedSet(map.keySet()); }
    @Override public Collection<Object> values() { return Collections.synchronizedCollection(map.values()); }
    @Override public Set<Map.Entry<Object, Object>> entrySet() { return Collections.synchronizedSet(map.entrySet()); }
    @Override public synchronized boolean equals(Object o) { return map.equals(o); }
    @Override public synchronized int hashCode() { return map.hashCode(); }
    @Override public Object getOrDefault(Object key, Object defaultValue) { return map.getOrDefault(key, defaultValue); }
    @Override public synchronized void forEach(BiConsumer<? super Object, ? super Object> action) { map.forEach(action); }
    @Override public synchronized void replaceAll(BiFunction<? super Object, ? super Object, ?> function) { map.replaceAll(function); }
    @Override public synchronized Object putIfAbsent(Object key, Object value) { return map.putIfAbsent(key, value); }
    @Override public synchronized boolean remove(Object key, Object value) { return map.remove(key, value); }
    @Override public synchronized boolean replace(Object key, Object oldValue, Object newValue) { return map.replace(key, oldValue, newValue); }
    @Override public synchronized Object replace(Object key, Object value) { return map.replace(key, value); }

    @Override
    public synchronized Object computeIfAbsent(Object key, Function<? super Object, ?> mappingFunction) {
        return map.computeIfAbsent(key, mappingFunction);
    }

    @Override
    public synchronized Object computeIfPresent(Object key, BiFunction<? super Object, ? super Object, ?> remappingFunction) {
        return map.computeIfPresent(key, remappingFunction);
    }

    @Override
    public synchronized Object compute(Object key, BiFunction<? super Object, ? super Object, ?> remappingFunction) {
        return map.compute(key, remappingFunction);
    }

    @Override
    public synchronized Object merge(Object key, Object value, BiFunction<? super Object, ? super Object, ?> remappingFunction) {
        return map.merge(key, value, remappingFunction);
    }

    @Override
    public synchronized Object clone() {
        Properties clone = new Properties(defaults, Math.max(8, map.size()));
        clone.map.putAll(map);
        return clone;
    }
}
