package java.util.regex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A compiled regular expression with the JDK's syntax and semantics. The
 * parser builds a small syntax tree (Ast), which knows its length bounds
 * (for look-behind and the search's last start), then turns it into the
 * Node graph the Matcher runs.
 */
public final class Pattern implements java.io.Serializable {
    public static final int UNIX_LINES = 0x01;
    public static final int CASE_INSENSITIVE = 0x02;
    public static final int COMMENTS = 0x04;
    public static final int MULTILINE = 0x08;
    public static final int LITERAL = 0x10;
    public static final int DOTALL = 0x20;
    public static final int UNICODE_CASE = 0x40;
    public static final int CANON_EQ = 0x80;
    public static final int UNICODE_CHARACTER_CLASS = 0x100;
    private static final int ALL_FLAGS = 0x1ff;

    private final String pattern;
    private final int flags0;
    private int flags;              // current flags while parsing

    transient Node root;            // matches at one position
    transient int minLength;
    transient int groupCount;       // capturing groups, plus group 0
    transient int localCount;
    transient Map<String, Integer> namedGroups;

    transient int memoCount;        // loops with a failure memo (see Node.Loop.memo)
    private transient boolean hasBackRef;
    private transient int closureDepth;
    private transient int cursor;
    private transient int groupNumber;

    private Pattern(String p, int f) {
        if ((f & ~ALL_FLAGS) != 0)
            throw new IllegalArgumentException("Unknown flag 0x" + Integer.toHexString(f));
        pattern = p;
        flags0 = f;
        flags = (f & UNICODE_CHARACTER_CLASS) != 0 ? f | UNICODE_CASE : f;
        compile();
    }

    public static Pattern compile(String regex) {
        return new Pattern(regex, 0);
    }

    public static Pattern compile(String regex, int flags) {
        return new Pattern(regex, flags);
    }

    public String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }

    public int flags() {
        return flags0;
    }

    public Matcher matcher(CharSequence input) {
        return new Matcher(this, input);
    }

    public static boolean matches(String regex, CharSequence input) {
        return compile(regex).matcher(input).matches();
    }

    public Predicate<String> asPredicate() {
        return s -> matcher(s).find();
    }

    public Predicate<String> asMatchPredicate() {
        return s -> matcher(s).matches();
    }

    public String[] split(CharSequence input) {
        return split(input, 0);
    }

    public String[] split(CharSequence input, int limit) {
        int index = 0;
        boolean matchLimited = limit > 0;
        ArrayList<String> matchList = new ArrayList<>();
        Matcher m = matcher(input);
        while (m.find()) {
            if (!matchLimited || matchList.size() < limit - 1) {
                // No empty leading piece for a zero-width match at the start.
                if (index == 0 && index == m.start() && m.start() == m.end())
                    continue;
                matchList.add(input.subSequence(index, m.start()).toString());
                index = m.end();
            } else if (matchList.size() == limit - 1) {
                matchList.add(input.subSequence(index, input.length()).toString());
                index = m.end();
            }
        }
        if (index == 0)
            return new String[] {input.toString()};
        if (!matchLimited || matchList.size() < limit)
            matchList.add(input.subSequence(index, input.length()).toString());
        int resultSize = matchList.size();
        if (limit == 0)
            while (resultSize > 0 && matchList.get(resultSize - 1).isEmpty())
                resultSize--;
        String[] result = new String[resultSize];
        return matchList.subList(0, resultSize).toArray(result);
    }

    /** The pieces split() would give with limit 0, as a stream (found eagerly). */
    public java.util.stream.Stream<String> splitAsStream(CharSequence input) {
        ArrayList<String> pieces = new ArrayList<>();
        if (input.length() == 0) {
            pieces.add("");
            return pieces.stream();
        }
        int index = 0;
        Matcher m = matcher(input);
        while (m.find()) {
            if (index == 0 && m.start() == 0 && m.end() == 0)
                continue;
            pieces.add(input.subSequence(index, m.start()).toString());
            index = m.end();
        }
        pieces.add(input.subSequence(index, input.length()).toString());
        int n = pieces.size();
        while (n > 0 && pieces.get(n - 1).isEmpty())
            pieces.remove(--n);
        return pieces.stream();
    }

    public static String quote(String s) {
        int slashEIndex = s.indexOf("\\E");
        if (slashEIndex == -1)
            return "\\Q" + s + "\\E";
        StringBuilder sb = new StringBuilder(s.length() * 2);
        sb.append("\\Q");
        int current = 0;
        while ((slashEIndex = s.indexOf("\\E", current)) != -1) {
            sb.append(s, current, slashEIndex);
            current = slashEIndex + 2;
            sb.append("\\E\\\\E\\Q");
        }
        sb.append(s, current, s.length());
        sb.append("\\E");
        return sb.toString();
    }

    Map<String, Integer> namedGroups() {
        if (namedGroups == null)
            namedGroups = new HashMap<>(2);
        return namedGroups;
    }

    // ---- compiling ----

    private boolean has(int f) {
        return (flags & f) != 0;
    }

    private void compile() {
        groupNumber = 1;
        localCount = 1;     // locals[0]: where the last atomic or look-ahead body ended
        Ast tree;
        if (has(LITERAL)) {
            Seq seq = new Seq();
            for (int i = 0; i < pattern.length(); ) {
                int cp = pattern.codePointAt(i);
                seq.items.add(literal(cp));
                i += Character.charCount(cp);
            }
            tree = seq;
        } else {
            cursor = 0;
            tree = expr();
            if (cursor < pattern.length()) {
                if (pattern.charAt(cursor) == ')')
                    throw error("Unmatched closing ')'", cursor - 1);
                throw error("Unexpected internal error", cursor);
            }
        }
        groupCount = groupNumber;
        minLength = tree.minLen();
        root = tree.build(new Node.Accept(), this);
    }

    private PatternSyntaxException error(String desc, int index) {
        return new PatternSyntaxException(desc, pattern, index);
    }

    private boolean atEnd() {
        return cursor >= pattern.length();
    }

    /** The next char, after white space and comments in COMMENTS mode; -1 at the end. */
    private int peek() {
        if (has(COMMENTS))
            skipComments();
        return atEnd() ? -1 : pattern.charAt(cursor);
    }

    private void skipComments() {
        while (cursor < pattern.length()) {
            char c = pattern.charAt(cursor);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) {
                cursor++;
            } else if (c == '#') {
                while (cursor < pattern.length() && !CharPredicate.isLineTerminator(pattern.charAt(cursor)))
                    cursor++;
            } else {
                break;
            }
        }
    }

    private Ast expr() {
        ArrayList<Ast> alts = null;
        Ast first = sequence();
        while (peek() == '|') {
            cursor++;
            if (alts == null) {
                alts = new ArrayList<>();
                alts.add(first);
            }
            alts.add(sequence());
        }
        return alts == null ? first : new Alt(alts);
    }

    private Ast sequence() {
        Seq seq = new Seq();
        while (true) {
            int c = peek();
            if (c == -1 || c == '|' || c == ')')
                return seq;
            Ast atom;
            switch (c) {
                case '(':
                    atom = group();
                    if (atom == null)
                        continue;       // a flags-only group (?i)
                    break;
                case '[':
                    cursor++;
                    atom = new CharAst(clazz(true));
                    break;
                case '.':
                    cursor++;
                    if (has(DOTALL))
                        atom = new CharAst(ch -> true);
                    else if (has(UNIX_LINES))
                        atom = new CharAst(ch -> ch != '\n');
                    else
                        atom = new CharAst(ch -> !CharPredicate.isLineTerminator(ch));
                    break;
                case '^':
                    cursor++;
                    atom = new AnchorAst(has(MULTILINE) ? (has(UNIX_LINES) ? Node.UNIX_CARET : Node.CARET)
                                                        : Node.BEGIN_INPUT);
                    break;
                case '$':
                    cursor++;
                    if (has(UNIX_LINES))
                        atom = new AnchorAst(has(MULTILINE) ? Node.UNIX_DOLLAR_ML : Node.UNIX_DOLLAR);
                    else
                        atom = new AnchorAst(has(MULTILINE) ? Node.DOLLAR_ML : Node.DOLLAR);
                    break;
                case '*':
                case '+':
                case '?':
                    cursor++;
                    throw error("Dangling meta character '" + (char) c + "'", cursor - 1);
                case '{':
                    throw error("Illegal repetition", cursor + 1);
                case '\\':
                    cursor++;
                    atom = escape();
                    if (atom == null)
                        continue;       // \Q...\E added its chars
                    break;
                default: {
                    int cp = pattern.codePointAt(cursor);
                    cursor += Character.charCount(cp);
                    atom = literal(cp);
                    break;
                }
            }
            seq.items.add(closure(atom));
        }
    }

    private Ast literal(int cp) {
        if (has(CASE_INSENSITIVE)) {
            boolean unicode = has(UNICODE_CASE);
            if (unicode ? Character.toUpperCase(cp) != cp || Character.toLowerCase(cp) != cp
                        : CharPredicate.asciiLower(cp) || CharPredicate.asciiUpper(cp))
                return new CharAst(CharPredicate.caseInsensitive(cp, unicode));
        }
        return new CharAst(CharPredicate.single(cp), cp);
    }

    /** A quantifier after an atom, if any. */
    private Ast closure(Ast atom) {
        int c = peek();
        int min, max;
        switch (c) {
            case '?': cursor++; min = 0; max = 1; break;
            case '*': cursor++; min = 0; max = Integer.MAX_VALUE; break;
            case '+': cursor++; min = 1; max = Integer.MAX_VALUE; break;
            case '{': {
                int start = cursor;
                cursor++;
                if (atEnd() || !CharPredicate.asciiDigit(pattern.charAt(cursor)))
                    throw error("Illegal repetition", start + 1);
                min = readInt("Illegal repetition range");
                max = min;
                if (!atEnd() && pattern.charAt(cursor) == ',') {
                    cursor++;
                    if (!atEnd() && CharPredicate.asciiDigit(pattern.charAt(cursor)))
                        max = readInt("Illegal repetition range");
                    else
                        max = Integer.MAX_VALUE;
                }
                if (atEnd() || pattern.charAt(cursor) != '}')
                    throw error("Unclosed counted closure", cursor);
                cursor++;
                if (max < min)
                    throw error("Illegal repetition range", cursor - 1);
                break;
            }
            default:
                return atom;
        }
        int type = Node.GREEDY;
        if (!atEnd() && pattern.charAt(cursor) == '?') {
            cursor++;
            type = Node.LAZY;
        } else if (!atEnd() && pattern.charAt(cursor) == '+') {
            cursor++;
            type = Node.POSSESSIVE;
        }
        return new Repeat(atom, min, max, type);
    }

    private int readInt(String overflowMessage) {
        long v = 0;
        while (!atEnd() && CharPredicate.asciiDigit(pattern.charAt(cursor))) {
            v = v * 10 + (pattern.charAt(cursor++) - '0');
            if (v > Integer.MAX_VALUE)
                throw error(overflowMessage, cursor - 1);
        }
        return (int) v;
    }

    /** After '(': a group, or null for a flags-only (?imsx-imsx). */
    private Ast group() {
        int start = cursor;
        cursor++;
        int savedFlags = flags;
        Ast result;
        if (!atEnd() && pattern.charAt(cursor) == '?') {
            cursor++;
            int c = atEnd() ? -1 : pattern.charAt(cursor++);
            switch (c) {
                case ':':
                    result = new GroupAst(-1, groupBody());
                    break;
                case '=':
                case '!':
                    result = new LookAst(false, c == '!', groupBody());
                    break;
                case '>':
                    result = new AtomicAst(groupBody());
                    break;
                case '<': {
                    c = atEnd() ? -1 : pattern.charAt(cursor);
                    if (c == '=' || c == '!') {
                        cursor++;
                        Ast body = groupBody();
                        result = new LookAst(true, c == '!', body);
                    } else {
                        String name = groupName('>');
                        if (namedGroups().containsKey(name))
                            throw error("Named capturing group <" + name + "> is already defined", cursor - 1);
                        int g = groupNumber++;
                        namedGroups().put(name, g);
                        result = new GroupAst(g, groupBody());
                    }
                    break;
                }
                default: {
                    cursor--;
                    if (inlineFlags()) {
                        // (?flags:X): the flags hold inside X only.
                        result = new GroupAst(-1, groupBody());
                        flags = savedFlags;
                        return result;
                    }
                    return null;    // (?flags): they hold to the end of the enclosing group
                }
            }
        } else {
            result = new GroupAst(groupNumber++, groupBody());
        }
        flags = savedFlags;
        return result;
    }

    private Ast groupBody() {
        Ast body = expr();
        if (peek() != ')') {
            cursor++;
            throw error("Unclosed group", Math.min(cursor - 1, pattern.length()));
        }
        cursor++;
        return body;
    }

    /** Reads idmsuxU-idmsuxU up to ')' (true if it ended with ':' instead). */
    private boolean inlineFlags() {
        boolean on = true;
        while (!atEnd()) {
            char c = pattern.charAt(cursor++);
            int f;
            switch (c) {
                case 'i': f = CASE_INSENSITIVE; break;
                case 'm': f = MULTILINE; break;
                case 's': f = DOTALL; break;
                case 'd': f = UNIX_LINES; break;
                case 'u': f = UNICODE_CASE; break;
                case 'c': f = CANON_EQ; break;
                case 'x': f = COMMENTS; break;
                case 'U': f = UNICODE_CHARACTER_CLASS | UNICODE_CASE; break;
                case '-':
                    on = false;
                    continue;
                case ')':
                    return false;
                case ':':
                    return true;
                default:
                    throw error("Unknown inline modifier", cursor - 1);
            }
            flags = on ? flags | f : flags & ~f;
        }
        throw error("Unknown inline modifier", cursor - 1);
    }

    private String groupName(char close) {
        StringBuilder sb = new StringBuilder();
        if (atEnd() || !(CharPredicate.asciiLower(pattern.charAt(cursor))
                         || CharPredicate.asciiUpper(pattern.charAt(cursor)))) {
            cursor++;
            throw error("capturing group name does not start with a Latin letter", cursor - 1);
        }
        while (!atEnd()) {
            char c = pattern.charAt(cursor);
            if (!(CharPredicate.asciiLower(c) || CharPredicate.asciiUpper(c) || CharPredicate.asciiDigit(c)))
                break;
            sb.append(c);
            cursor++;
        }
        if (atEnd() || pattern.charAt(cursor) != close) {
            cursor++;
            throw error("named capturing group is missing trailing '" + close + "'", cursor - 1);
        }
        cursor++;
        return sb.toString();
    }

    /**
     * After a backslash outside a class: an escaped char, a class, an
     * anchor or a back reference; null after \Q...\E (its chars are added
     * to the sequence being parsed by returning them as one Seq instead).
     */
    private Ast escape() {
        if (atEnd())
            throw error("Unexpected internal error", cursor);
        char c = pattern.charAt(cursor++);
        switch (c) {
            case 'A': return new AnchorAst(Node.BEGIN_INPUT);
            case 'z': return new AnchorAst(Node.END_INPUT);
            case 'Z': return new AnchorAst(has(UNIX_LINES) ? Node.UNIX_DOLLAR : Node.DOLLAR);
            case 'G': return new AnchorAst(Node.LAST_MATCH);
            case 'b':
                if (!atEnd() && pattern.charAt(cursor) == '{')
                    throw error("Unsupported \\b{g}", cursor);
                return new AnchorAst(Node.WORD_BOUND);
            case 'B': return new AnchorAst(Node.NOT_WORD_BOUND);
            case 'R': {
                // (?>\r\n|[\n\u000B\f\r\u0085\u2028\u2029])
                Seq crlf = new Seq();
                crlf.items.add(new CharAst(CharPredicate.single('\r'), '\r'));
                crlf.items.add(new CharAst(CharPredicate.single('\n'), '\n'));
                ArrayList<Ast> alts = new ArrayList<>();
                alts.add(crlf);
                alts.add(new CharAst(ch -> (ch >= '\n' && ch <= '\r') || ch == 0x85 || (ch | 1) == 0x2029));
                return new AtomicAst(new Alt(alts));
            }
            case 'X':
                throw error("Unsupported \\X (grapheme clusters)", cursor - 1);
            case 'k': {
                if (atEnd() || pattern.charAt(cursor) != '<')
                    throw error("\\k is not followed by '<' for named capturing group", cursor);
                cursor++;
                String name = groupName('>');
                if (!namedGroups().containsKey(name))
                    throw error("named capturing group <" + name + "> does not exist", cursor - 1);
                hasBackRef = true;
                return new BackRefAst(namedGroups().get(name), has(CASE_INSENSITIVE), has(UNICODE_CASE));
            }
            case 'Q': {
                int end = pattern.indexOf("\\E", cursor);
                String text = pattern.substring(cursor, end < 0 ? pattern.length() : end);
                cursor = end < 0 ? pattern.length() : end + 2;
                Seq seq = new Seq();
                for (int i = 0; i < text.length(); ) {
                    int cp = text.codePointAt(i);
                    seq.items.add(literal(cp));
                    i += Character.charCount(cp);
                }
                if (seq.items.isEmpty())
                    return null;
                // A quantifier after \Q..\E applies to its last char.
                Ast last = seq.items.remove(seq.items.size() - 1);
                seq.items.add(closure(last));
                return seq;
            }
            case 'E':
                return null;
            case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': {
                int ref = c - '0';
                while (!atEnd() && CharPredicate.asciiDigit(pattern.charAt(cursor))) {
                    int n = ref * 10 + (pattern.charAt(cursor) - '0');
                    if (groupNumber - 1 < n)
                        break;
                    ref = n;
                    cursor++;
                }
                hasBackRef = true;
                return new BackRefAst(ref, has(CASE_INSENSITIVE), has(UNICODE_CASE));
            }
            default: {
                cursor--;
                CharPredicate p = escapeClass();
                if (p != null)
                    return new CharAst(p);
                return literal(escapedChar());
            }
        }
    }

    /** \d \w \s \h \v \p{..} and negations at cursor (after '\'); null if not a class. */
    private CharPredicate escapeClass() {
        char c = pattern.charAt(cursor);
        if (c == 'p' || c == 'P') {
            cursor++;
            return property(c == 'P');
        }
        CharPredicate p = CharPredicate.escapeClass(c, has(UNICODE_CHARACTER_CLASS));
        if (p != null)
            cursor++;
        return p;
    }

    private CharPredicate property(boolean negate) {
        String name;
        if (atEnd())
            throw error("Illegal character property", cursor);
        char c = pattern.charAt(cursor++);
        if (c == '{') {
            int end = pattern.indexOf('}', cursor);
            if (end < 0)
                throw error("Unclosed character family", pattern.length());
            name = pattern.substring(cursor, end);
            cursor = end + 1;
            if (name.isEmpty())
                throw error("Empty character family", cursor - 1);
        } else {
            name = String.valueOf(c);
        }
        CharPredicate p = propertyByName(name);
        if (p == null)
            throw error("Unknown character property name {" + name + "}", cursor - 1);
        if (has(CASE_INSENSITIVE)) {
            // A case class matches letters of every case.
            switch (name) {
                case "Lu": case "Ll": case "Lt": case "IsLu": case "IsLl": case "IsLt":
                case "javaLowerCase": case "javaUpperCase": case "javaTitleCase":
                case "IsLowercase": case "IsUppercase": case "IsTitlecase":
                    p = ch -> Character.isUpperCase(ch) || Character.isLowerCase(ch) || Character.isTitleCase(ch);
                    break;
                case "Lower": case "Upper": case "IsLower": case "IsUpper":
                    p = CharPredicate.posix("Alpha", false);
                    if (has(UNICODE_CHARACTER_CLASS))
                        p = ch -> Character.isUpperCase(ch) || Character.isLowerCase(ch) || Character.isTitleCase(ch);
                    break;
                default:
                    break;
            }
        }
        return negate ? p.negate() : p;
    }

    private CharPredicate propertyByName(String name) {
        int eq = name.indexOf('=');
        if (eq >= 0) {
            String key = name.substring(0, eq).toLowerCase(), value = name.substring(eq + 1);
            CharPredicate p = null;
            switch (key) {
                case "gc": case "general_category": {
                    int mask = CharPredicate.categoryMask(value);
                    if (mask != 0)
                        p = ch -> (mask >> Character.getType(ch) & 1) != 0;
                    break;
                }
                case "sc": case "script":
                    p = CharPredicate.script(value);
                    break;
                case "blk": case "block":
                    p = CharPredicate.block(value);
                    break;
                default:
                    break;
            }
            if (p == null)
                throw error("Unknown Unicode property {name=<" + key + ">, value=<" + value + ">}", cursor - 1);
            return p;
        }
        if (name.startsWith("In"))
            return CharPredicate.block(name.substring(2));
        if (name.startsWith("Is")) {
            String rest = name.substring(2);
            int mask = CharPredicate.categoryMask(rest);
            if (mask != 0)
                return ch -> (mask >> Character.getType(ch) & 1) != 0;
            CharPredicate p = CharPredicate.binaryProperty(rest);
            if (p == null)
                p = CharPredicate.posix(rest, has(UNICODE_CHARACTER_CLASS));
            return p != null ? p : CharPredicate.script(rest);
        }
        if (name.startsWith("java"))
            return CharPredicate.javaMethod(name);
        if (name.equals("all"))
            return ch -> true;
        if (name.equals("L1"))
            return ch -> ch < 256;
        CharPredicate p = CharPredicate.posix(name, has(UNICODE_CHARACTER_CLASS));
        if (p != null)
            return p;
        int mask = CharPredicate.categoryMask(name);
        return mask == 0 ? null : ch -> (mask >> Character.getType(ch) & 1) != 0;
    }

    /** The char of an escape at cursor (after '\') that stands for one char. */
    private int escapedChar() {
        char c = pattern.charAt(cursor++);
        switch (c) {
            case '0': return octal();
            case 't': return '\t';
            case 'n': return '\n';
            case 'r': return '\r';
            case 'f': return '\f';
            case 'a': return 7;
            case 'e': return 27;
            case 'c':
                if (atEnd())
                    throw error("Illegal control escape sequence", cursor - 1);
                return pattern.charAt(cursor++) ^ 64;
            case 'x': return hex();
            case 'u': return unicodeEscape();
            case 'N': return namedChar();
            default:
                if (CharPredicate.asciiLower(c) || CharPredicate.asciiUpper(c) || CharPredicate.asciiDigit(c))
                    throw error("Illegal/unsupported escape sequence", cursor - 1);
                if (Character.isHighSurrogate(c) && !atEnd() && Character.isLowSurrogate(pattern.charAt(cursor)))
                    return Character.toCodePoint(c, pattern.charAt(cursor++));
                return c;
        }
    }

    /** \\N{name}: the code point of a Unicode character name (Character.codePointOf). */
    private int namedChar() {
        if (atEnd() || pattern.charAt(cursor) != '{')
            throw error("Illegal character name escape sequence", cursor);
        int start = ++cursor;
        int end = pattern.indexOf('}', start);
        if (end < 0)
            throw error("Unclosed character name escape sequence", Math.max(start, pattern.length() - 1));
        cursor = end + 1;
        String name = pattern.substring(start, end);
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            throw error("Unknown character name [" + name + "]", end);
        }
    }

    private int octal() {
        int n = 0, digits = 0;
        int max = (!atEnd() && pattern.charAt(cursor) <= '3') ? 3 : 2;
        while (digits < max && !atEnd() && pattern.charAt(cursor) >= '0' && pattern.charAt(cursor) <= '7') {
            n = n * 8 + (pattern.charAt(cursor++) - '0');
            digits++;
        }
        if (digits == 0)
            throw error("Illegal octal escape sequence", cursor);
        return n;
    }

    private int hexDigit(String what) {
        int d = atEnd() ? -1 : Character.digit(pattern.charAt(cursor), 16);
        if (d < 0)
            throw error("Illegal " + what + " escape sequence", cursor);
        cursor++;
        return d;
    }

    private int hex() {
        if (!atEnd() && pattern.charAt(cursor) == '{') {
            cursor++;
            long n = 0;
            int digits = 0;
            while (!atEnd() && Character.digit(pattern.charAt(cursor), 16) >= 0) {
                n = n * 16 + Character.digit(pattern.charAt(cursor++), 16);
                if (n > Character.MAX_CODE_POINT)
                    throw error("Hexadecimal codepoint is too big", cursor - 1);
                digits++;
            }
            if (digits == 0 || atEnd() || pattern.charAt(cursor) != '}')
                throw error("Unclosed hexadecimal escape sequence", cursor);
            cursor++;
            return (int) n;
        }
        return hexDigit("hexadecimal") * 16 + hexDigit("hexadecimal");
    }

    private int unicodeEscape() {
        int n = 0;
        for (int k = 0; k < 4; k++)
            n = n * 16 + hexDigit("Unicode");
        // A surrogate pair written as two \\u escapes is one code point.
        if (Character.isHighSurrogate((char) n) && cursor + 5 < pattern.length()
                && pattern.charAt(cursor) == '\\' && pattern.charAt(cursor + 1) == 'u') {
            int save = cursor;
            cursor += 2;
            int lo = 0;
            boolean ok = true;
            for (int k = 0; k < 4 && ok; k++) {
                int d = Character.digit(pattern.charAt(cursor++), 16);
                ok = d >= 0;
                lo = lo * 16 + d;
            }
            if (ok && Character.isLowSurrogate((char) lo))
                return Character.toCodePoint((char) n, (char) lo);
            cursor = save;
        }
        return n;
    }

    /**
     * A class after '[' (consume: the closing ']' is read), with ranges,
     * nested classes (union), && (intersection) and negation.
     */
    private CharPredicate clazz(boolean consume) {
        CharPredicate result = null;
        boolean negate = false;
        boolean first = true;
        if (peek() == '^') {
            cursor++;
            negate = true;
        }
        while (true) {
            int c = peek();
            if (c == -1)
                throw error("Unclosed character class", pattern.length() - 1);
            if (c == '[') {
                cursor++;
                CharPredicate nested = clazz(true);
                result = result == null ? nested : result.union(nested);
            } else if (c == '&' && cursor + 1 < pattern.length() && pattern.charAt(cursor + 1) == '&') {
                cursor += 2;
                CharPredicate right = null;
                while (peek() != ']' && peek() != -1 && !(peek() == '&' && cursor + 1 < pattern.length()
                                                         && pattern.charAt(cursor + 1) == '&')) {
                    CharPredicate item;
                    if (peek() == '[') {
                        cursor++;
                        item = clazz(true);
                    } else {
                        item = classItem();
                    }
                    if (item != null)
                        right = right == null ? item : right.union(item);
                }
                if (right == null) {
                    if (peek() == -1)
                        throw error("Unclosed character class", pattern.length() - 1);
                    throw error("Bad intersection syntax", cursor - 1);
                }
                result = result == null ? right : result.and(right);
            } else if (c == ']' && !first) {
                if (consume)
                    cursor++;
                break;
            } else {
                CharPredicate item = classItem();
                if (item != null)
                    result = result == null ? item : result.union(item);
            }
            first = false;
            if (result == null && !first && peek() == ']') {
                // "[\Q\E]" and the like: an empty class matches nothing.
                result = ch -> false;
            }
        }
        if (result == null)
            result = ch -> false;
        return negate ? result.negate() : result;
    }

    /** One char, range or escaped class inside [...]; null for an empty \Q\E. */
    private CharPredicate classItem() {
        int c = peek();
        int lo;
        if (c == '\\') {
            cursor++;
            if (atEnd())
                throw error("Unclosed character class", pattern.length() - 1);
            char e = pattern.charAt(cursor);
            if (e == 'Q') {
                cursor++;
                int end = pattern.indexOf("\\E", cursor);
                String text = pattern.substring(cursor, end < 0 ? pattern.length() : end);
                cursor = end < 0 ? pattern.length() : end + 2;
                CharPredicate p = null;
                for (int i = 0; i < text.length(); ) {
                    int cp = text.codePointAt(i);
                    CharPredicate one = classChar(cp);
                    p = p == null ? one : p.union(one);
                    i += Character.charCount(cp);
                }
                return p;
            }
            if (e == 'E') {
                cursor++;
                return null;
            }
            CharPredicate p = escapeClass();
            if (p != null)
                return p;
            if (CharPredicate.asciiDigit(e) && e != '0')
                throw error("Illegal/unsupported escape sequence", cursor);
            lo = escapedChar();
        } else {
            lo = pattern.codePointAt(cursor);
            cursor += Character.charCount(lo);
        }
        if (peek() == '-' && cursor + 1 < pattern.length()) {
            char after = pattern.charAt(cursor + 1);
            if (after != ']' && after != '[') {
                cursor++;
                int hi;
                if (peek() == '\\') {
                    cursor++;
                    if (atEnd() || "dDwWsShHvVpP".indexOf(pattern.charAt(cursor)) >= 0)
                        throw error("Illegal character range", cursor);
                    hi = escapedChar();
                } else {
                    hi = pattern.codePointAt(cursor);
                    cursor += Character.charCount(hi);
                }
                if (hi < lo)
                    throw error("Illegal character range", cursor - 1);
                if (has(CASE_INSENSITIVE))
                    return CharPredicate.caseInsensitiveRange(lo, hi, has(UNICODE_CASE));
                return CharPredicate.range(lo, hi);
            }
        }
        return classChar(lo);
    }

    private CharPredicate classChar(int cp) {
        if (has(CASE_INSENSITIVE))
            return CharPredicate.caseInsensitive(cp, has(UNICODE_CASE));
        return CharPredicate.single(cp);
    }

    // ---- the syntax tree ----

    /** A parsed piece of pattern: its length bounds (in chars), and its nodes. */
    abstract static class Ast {
        abstract int minLen();

        /** -1 when unbounded. */
        abstract int maxLen();

        abstract Node build(Node next, Pattern p);
    }

    static final class CharAst extends Ast {
        final CharPredicate pred;
        final int literal;      // the char of a case-sensitive literal, else -1

        CharAst(CharPredicate pred) {
            this(pred, -1);
        }

        CharAst(CharPredicate pred, int literal) {
            this.pred = pred;
            this.literal = literal;
        }

        int minLen() { return 1; }
        int maxLen() { return 1; }

        Node build(Node next, Pattern p) {
            Node n = new Node.CharNode(pred);
            n.next = next;
            return n;
        }
    }

    static final class Seq extends Ast {
        final ArrayList<Ast> items = new ArrayList<>();

        int minLen() {
            int n = 0;
            for (Ast a : items)
                n += a.minLen();
            return n;
        }

        int maxLen() {
            long n = 0;
            for (Ast a : items) {
                int m = a.maxLen();
                if (m < 0)
                    return -1;
                n += m;
            }
            return n > Integer.MAX_VALUE ? -1 : (int) n;
        }

        Node build(Node next, Pattern p) {
            Node n = next;
            int i = items.size() - 1;
            while (i >= 0) {
                Ast a = items.get(i);
                if (a instanceof CharAst && ((CharAst) a).literal >= 0
                        && ((CharAst) a).literal < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                    // A run of plain literals becomes one Slice.
                    int j = i;
                    while (j > 0 && items.get(j - 1) instanceof CharAst
                           && ((CharAst) items.get(j - 1)).literal >= 0
                           && ((CharAst) items.get(j - 1)).literal < Character.MIN_SUPPLEMENTARY_CODE_POINT)
                        j--;
                    if (j < i) {
                        StringBuilder sb = new StringBuilder();
                        for (int k = j; k <= i; k++)
                            sb.append((char) ((CharAst) items.get(k)).literal);
                        Node slice = new Node.Slice(sb.toString());
                        slice.next = n;
                        n = slice;
                        i = j - 1;
                        continue;
                    }
                }
                n = a.build(n, p);
                i--;
            }
            return n;
        }
    }

    static final class Alt extends Ast {
        final List<Ast> alts;

        Alt(List<Ast> alts) {
            this.alts = alts;
        }

        int minLen() {
            int n = Integer.MAX_VALUE;
            for (Ast a : alts)
                n = Math.min(n, a.minLen());
            return n;
        }

        int maxLen() {
            int n = 0;
            for (Ast a : alts) {
                int m = a.maxLen();
                if (m < 0)
                    return -1;
                n = Math.max(n, m);
            }
            return n;
        }

        Node build(Node next, Pattern p) {
            Node.Join join = new Node.Join();
            join.next = next;
            Node[] nodes = new Node[alts.size()];
            for (int i = 0; i < nodes.length; i++) {
                Ast a = alts.get(i);
                boolean empty = a instanceof Seq && ((Seq) a).items.isEmpty();
                nodes[i] = empty ? null : a.build(join, p);
            }
            Node.Branch b = new Node.Branch(nodes);
            b.next = next;
            return b;
        }
    }

    static final class GroupAst extends Ast {
        final int g;            // capturing group number, or -1
        final Ast body;

        GroupAst(int g, Ast body) {
            this.g = g;
            this.body = body;
        }

        int minLen() { return body.minLen(); }
        int maxLen() { return body.maxLen(); }

        Node build(Node next, Pattern p) {
            if (g < 0)
                return body.build(next, p);
            int local = p.localCount++;
            Node tail = new Node.GroupTail(local, g);
            tail.next = next;
            Node head = new Node.GroupHead(local);
            head.next = body.build(tail, p);
            return head;
        }
    }

    static final class Repeat extends Ast {
        final Ast body;
        final int min, max, type;

        Repeat(Ast body, int min, int max, int type) {
            this.body = body;
            this.min = min;
            this.max = max;
            this.type = type;
        }

        int minLen() {
            long n = (long) body.minLen() * min;
            return n > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) n;
        }

        int maxLen() {
            int m = body.maxLen();
            if (m == 0)
                return 0;
            if (m < 0 || max == Integer.MAX_VALUE)
                return -1;
            long n = (long) m * max;
            return n > Integer.MAX_VALUE ? -1 : (int) n;
        }

        Node build(Node next, Pattern p) {
            if (body instanceof CharAst) {
                Node.CharNode atom = new Node.CharNode(((CharAst) body).pred);
                Node n = new Node.CharRepeat(atom, min, max, type);
                n.next = next;
                return n;
            }
            if (type == Node.POSSESSIVE) {
                p.closureDepth++;
                Node inner = new Repeat(body, min, max, Node.GREEDY).build(new Node.Succeed(), p);
                p.closureDepth--;
                Node n = new Node.Atomic(inner, false, false);
                n.next = next;
                return n;
            }
            Node.Loop loop = new Node.Loop(min, max, type, p.localCount++, p.localCount++);
            loop.next = next;
            if (p.closureDepth == 0 && !p.hasBackRef)
                loop.memo = p.memoCount++;
            p.closureDepth++;
            loop.body = body.build(new Node.LoopBack(loop), p);
            p.closureDepth--;
            return loop;
        }
    }

    static final class AnchorAst extends Ast {
        final int kind;

        AnchorAst(int kind) {
            this.kind = kind;
        }

        int minLen() { return 0; }
        int maxLen() { return 0; }

        Node build(Node next, Pattern p) {
            Node n = new Node.Anchor(kind, p.has(UNICODE_CHARACTER_CLASS));
            n.next = next;
            return n;
        }
    }

    static final class BackRefAst extends Ast {
        final int g;
        final boolean ci, unicode;

        BackRefAst(int g, boolean ci, boolean unicode) {
            this.g = g;
            this.ci = ci;
            this.unicode = unicode;
        }

        int minLen() { return 0; }
        int maxLen() { return -1; }

        Node build(Node next, Pattern p) {
            Node n = new Node.BackRef(g, ci, unicode);
            n.next = next;
            return n;
        }
    }

    static final class LookAst extends Ast {
        final boolean behind, negate;
        final Ast body;

        LookAst(boolean behind, boolean negate, Ast body) {
            this.behind = behind;
            this.negate = negate;
            this.body = body;
        }

        int minLen() { return 0; }
        int maxLen() { return 0; }

        Node build(Node next, Pattern p) {
            p.closureDepth++;
            Node n;
            if (behind)
                n = new Node.Behind(body.build(new Node.BehindEnd(), p), body.minLen(),
                                    body.maxLen() < 0 ? Integer.MAX_VALUE : body.maxLen(), negate);
            else
                n = new Node.Atomic(body.build(new Node.Succeed(), p), true, negate);
            p.closureDepth--;
            n.next = next;
            return n;
        }
    }

    static final class AtomicAst extends Ast {
        final Ast body;

        AtomicAst(Ast body) {
            this.body = body;
        }

        int minLen() { return body.minLen(); }
        int maxLen() { return body.maxLen(); }

        Node build(Node next, Pattern p) {
            p.closureDepth++;
            Node n = new Node.Atomic(body.build(new Node.Succeed(), p), false, false);
            p.closureDepth--;
            n.next = next;
            return n;
        }
    }
}
