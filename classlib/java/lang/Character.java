package java.lang;

/**
 * The char box and Unicode character properties.  Properties come from
 * CharacterData (generated from the build JDK's Unicode tables): Latin-1 from
 * direct tables, everything else by binary search over runs.
 */
public final class Character implements java.io.Serializable, Comparable<Character> {
    private static final long serialVersionUID = 3786198910865385080L;

    public static final int MIN_RADIX = 2;
    public static final int MAX_RADIX = 36;
    public static final char MIN_VALUE = '\u0000';
    public static final char MAX_VALUE = '\uFFFF';
    @SuppressWarnings("unchecked")
    public static final Class<Character> TYPE = (Class<Character>) Class.getPrimitiveClass("char");

    public static final byte UNASSIGNED = 0;
    public static final byte UPPERCASE_LETTER = 1;
    public static final byte LOWERCASE_LETTER = 2;
    public static final byte TITLECASE_LETTER = 3;
    public static final byte MODIFIER_LETTER = 4;
    public static final byte OTHER_LETTER = 5;
    public static final byte NON_SPACING_MARK = 6;
    public static final byte ENCLOSING_MARK = 7;
    public static final byte COMBINING_SPACING_MARK = 8;
    public static final byte DECIMAL_DIGIT_NUMBER = 9;
    public static final byte LETTER_NUMBER = 10;
    public static final byte OTHER_NUMBER = 11;
    public static final byte SPACE_SEPARATOR = 12;
    public static final byte LINE_SEPARATOR = 13;
    public static final byte PARAGRAPH_SEPARATOR = 14;
    public static final byte CONTROL = 15;
    public static final byte FORMAT = 16;
    public static final byte PRIVATE_USE = 18;
    public static final byte SURROGATE = 19;
    public static final byte DASH_PUNCTUATION = 20;
    public static final byte START_PUNCTUATION = 21;
    public static final byte END_PUNCTUATION = 22;
    public static final byte CONNECTOR_PUNCTUATION = 23;
    public static final byte OTHER_PUNCTUATION = 24;
    public static final byte MATH_SYMBOL = 25;
    public static final byte CURRENCY_SYMBOL = 26;
    public static final byte MODIFIER_SYMBOL = 27;
    public static final byte OTHER_SYMBOL = 28;
    public static final byte INITIAL_QUOTE_PUNCTUATION = 29;
    public static final byte FINAL_QUOTE_PUNCTUATION = 30;

    public static final byte DIRECTIONALITY_UNDEFINED = -1;
    public static final byte DIRECTIONALITY_LEFT_TO_RIGHT = 0;
    public static final byte DIRECTIONALITY_RIGHT_TO_LEFT = 1;
    public static final byte DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC = 2;
    public static final byte DIRECTIONALITY_EUROPEAN_NUMBER = 3;
    public static final byte DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR = 4;
    public static final byte DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR = 5;
    public static final byte DIRECTIONALITY_ARABIC_NUMBER = 6;
    public static final byte DIRECTIONALITY_COMMON_NUMBER_SEPARATOR = 7;
    public static final byte DIRECTIONALITY_NONSPACING_MARK = 8;
    public static final byte DIRECTIONALITY_BOUNDARY_NEUTRAL = 9;
    public static final byte DIRECTIONALITY_PARAGRAPH_SEPARATOR = 10;
    public static final byte DIRECTIONALITY_SEGMENT_SEPARATOR = 11;
    public static final byte DIRECTIONALITY_WHITESPACE = 12;
    public static final byte DIRECTIONALITY_OTHER_NEUTRALS = 13;
    public static final byte DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING = 14;
    public static final byte DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE = 15;
    public static final byte DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING = 16;
    public static final byte DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE = 17;
    public static final byte DIRECTIONALITY_POP_DIRECTIONAL_FORMAT = 18;
    public static final byte DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE = 19;
    public static final byte DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE = 20;
    public static final byte DIRECTIONALITY_FIRST_STRONG_ISOLATE = 21;
    public static final byte DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE = 22;

    public static final char MIN_HIGH_SURROGATE = '\uD800';
    public static final char MAX_HIGH_SURROGATE = '\uDBFF';
    public static final char MIN_LOW_SURROGATE = '\uDC00';
    public static final char MAX_LOW_SURROGATE = '\uDFFF';
    public static final char MIN_SURROGATE = MIN_HIGH_SURROGATE;
    public static final char MAX_SURROGATE = MAX_LOW_SURROGATE;
    public static final int MIN_SUPPLEMENTARY_CODE_POINT = 0x010000;
    public static final int MIN_CODE_POINT = 0x000000;
    public static final int MAX_CODE_POINT = 0X10FFFF;
    public static final int SIZE = 16;
    public static final int BYTES = SIZE / Byte.SIZE;

    private final char value;

    @Deprecated(since = "9")
    public Character(char value) {
        this.value = value;
    }

    private static final class CharacterCache {
        static final Character[] cache = new Character[128];
        static {
            for (int i = 0; i < cache.length; i++)
                cache[i] = new Character((char) i);
        }
    }

    public static Character valueOf(char c) {
        if (c <= 127)
            return CharacterCache.cache[c];
        return new Character(c);
    }

    public char charValue() {
        return value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    public static int hashCode(char value) {
        return value;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Character && value == ((Character) obj).value;
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }

    public static String toString(char c) {
        return String.valueOf(c);
    }

    public static String toString(int codePoint) {
        return String.valueOfCodePoint(codePoint);
    }

    // ---- code points and surrogates ----

    public static boolean isValidCodePoint(int codePoint) {
        return (codePoint >>> 16) < ((MAX_CODE_POINT + 1) >>> 16);
    }

    public static boolean isBmpCodePoint(int codePoint) {
        return codePoint >>> 16 == 0;
    }

    public static boolean isSupplementaryCodePoint(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT && codePoint < MAX_CODE_POINT + 1;
    }

    public static boolean isHighSurrogate(char ch) {
        return ch >= MIN_HIGH_SURROGATE && ch < (MAX_HIGH_SURROGATE + 1);
    }

    public static boolean isLowSurrogate(char ch) {
        return ch >= MIN_LOW_SURROGATE && ch < (MAX_LOW_SURROGATE + 1);
    }

    public static boolean isSurrogate(char ch) {
        return ch >= MIN_SURROGATE && ch < (MAX_SURROGATE + 1);
    }

    public static boolean isSurrogatePair(char high, char low) {
        return isHighSurrogate(high) && isLowSurrogate(low);
    }

    public static int charCount(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT ? 2 : 1;
    }

    public static int toCodePoint(char high, char low) {
        return ((high << 10) + low) + (MIN_SUPPLEMENTARY_CODE_POINT
                - (MIN_HIGH_SURROGATE << 10) - MIN_LOW_SURROGATE);
    }

    public static int codePointAt(CharSequence seq, int index) {
        char c1 = seq.charAt(index);
        if (isHighSurrogate(c1) && ++index < seq.length()) {
            char c2 = seq.charAt(index);
            if (isLowSurrogate(c2))
                return toCodePoint(c1, c2);
        }
        return c1;
    }

    public static int codePointAt(char[] a, int index) {
        return codePointAt(a, index, a.length);
    }

    public static int codePointAt(char[] a, int index, int limit) {
        if (index >= limit || index < 0 || limit > a.length)
            throw new IndexOutOfBoundsException();
        char c1 = a[index];
        if (isHighSurrogate(c1) && ++index < limit) {
            char c2 = a[index];
            if (isLowSurrogate(c2))
                return toCodePoint(c1, c2);
        }
        return c1;
    }

    public static int codePointBefore(CharSequence seq, int index) {
        char c2 = seq.charAt(--index);
        if (isLowSurrogate(c2) && index > 0) {
            char c1 = seq.charAt(--index);
            if (isHighSurrogate(c1))
                return toCodePoint(c1, c2);
        }
        return c2;
    }

    public static int codePointBefore(char[] a, int index) {
        return codePointBefore(a, index, 0);
    }

    public static int codePointBefore(char[] a, int index, int start) {
        if (index <= start || start < 0 || start >= a.length)
            throw new IndexOutOfBoundsException();
        char c2 = a[--index];
        if (isLowSurrogate(c2) && index > start) {
            char c1 = a[--index];
            if (isHighSurrogate(c1))
                return toCodePoint(c1, c2);
        }
        return c2;
    }

    public static char highSurrogate(int codePoint) {
        return (char) ((codePoint >>> 10) + (MIN_HIGH_SURROGATE - (MIN_SUPPLEMENTARY_CODE_POINT >>> 10)));
    }

    public static char lowSurrogate(int codePoint) {
        return (char) ((codePoint & 0x3ff) + MIN_LOW_SURROGATE);
    }

    static IllegalArgumentException invalidCodePoint(int codePoint) {
        return new IllegalArgumentException("Not a valid Unicode code point: 0x"
                + Integer.toHexString(codePoint).toUpperCase());
    }

    public static int toChars(int codePoint, char[] dst, int dstIndex) {
        if (isBmpCodePoint(codePoint)) {
            dst[dstIndex] = (char) codePoint;
            return 1;
        } else if (isValidCodePoint(codePoint)) {
            dst[dstIndex + 1] = lowSurrogate(codePoint);
            dst[dstIndex] = highSurrogate(codePoint);
            return 2;
        } else {
            throw invalidCodePoint(codePoint);
        }
    }

    public static char[] toChars(int codePoint) {
        if (isBmpCodePoint(codePoint)) {
            return new char[] { (char) codePoint };
        } else if (isValidCodePoint(codePoint)) {
            return new char[] { highSurrogate(codePoint), lowSurrogate(codePoint) };
        } else {
            throw invalidCodePoint(codePoint);
        }
    }

    public static int codePointCount(CharSequence seq, int beginIndex, int endIndex) {
        int length = seq.length();
        if (beginIndex < 0 || endIndex > length || beginIndex > endIndex)
            throw new IndexOutOfBoundsException();
        int n = endIndex - beginIndex;
        for (int i = beginIndex; i < endIndex; ) {
            if (isHighSurrogate(seq.charAt(i++)) && i < endIndex && isLowSurrogate(seq.charAt(i))) {
                n--;
                i++;
            }
        }
        return n;
    }

    public static int codePointCount(char[] a, int offset, int count) {
        if (count > a.length - offset || offset < 0 || count < 0)
            throw new IndexOutOfBoundsException();
        int endIndex = offset + count;
        int n = count;
        for (int i = offset; i < endIndex; ) {
            if (isHighSurrogate(a[i++]) && i < endIndex && isLowSurrogate(a[i])) {
                n--;
                i++;
            }
        }
        return n;
    }

    public static int offsetByCodePoints(char[] a, int start, int count, int index, int codePointOffset) {
        if (count > a.length - start || start < 0 || count < 0 || index < start || index > start + count)
            throw new IndexOutOfBoundsException();
        return start + offsetByCodePoints(new String(a, start, count), index - start, codePointOffset);
    }

    public static int offsetByCodePoints(CharSequence seq, int index, int codePointOffset) {
        int length = seq.length();
        if (index < 0 || index > length)
            throw new IndexOutOfBoundsException();
        int x = index;
        if (codePointOffset >= 0) {
            int i;
            for (i = 0; x < length && i < codePointOffset; i++) {
                if (isHighSurrogate(seq.charAt(x++)) && x < length && isLowSurrogate(seq.charAt(x)))
                    x++;
            }
            if (i < codePointOffset)
                throw new IndexOutOfBoundsException();
        } else {
            int i;
            for (i = codePointOffset; x > 0 && i < 0; i++) {
                if (isLowSurrogate(seq.charAt(--x)) && x > 0 && isHighSurrogate(seq.charAt(x - 1)))
                    x--;
            }
            if (i < 0)
                throw new IndexOutOfBoundsException();
        }
        return x;
    }

    // ---- properties ----

    private static int props(int cp) {
        if (cp >>> 8 == 0)
            return CharacterData.Latin1.PROPS.charAt(cp);
        return CharacterData.lookup(CharacterData.PROPS, cp);
    }

    public static int getType(int codePoint) {
        if (codePoint >>> 8 == 0)
            return CharacterData.Latin1.TYPE.charAt(codePoint);
        if (!isValidCodePoint(codePoint))
            return UNASSIGNED;
        return CharacterData.lookup(CharacterData.TYPE, codePoint);
    }

    public static int getType(char ch) {
        return getType((int) ch);
    }

    public static boolean isLowerCase(char ch) { return isLowerCase((int) ch); }
    public static boolean isLowerCase(int codePoint) { return (props(codePoint) & CharacterData.LOWER) != 0; }
    public static boolean isUpperCase(char ch) { return isUpperCase((int) ch); }
    public static boolean isUpperCase(int codePoint) { return (props(codePoint) & CharacterData.UPPER) != 0; }
    public static boolean isTitleCase(char ch) { return isTitleCase((int) ch); }
    public static boolean isTitleCase(int codePoint) { return (props(codePoint) & CharacterData.TITLE) != 0; }

    public static boolean isDigit(char ch) { return isDigit((int) ch); }
    public static boolean isDigit(int codePoint) {
        if (codePoint >>> 8 == 0)
            return codePoint >= '0' && codePoint <= '9';
        return getType(codePoint) == DECIMAL_DIGIT_NUMBER;
    }

    public static boolean isDefined(char ch) { return isDefined((int) ch); }
    public static boolean isDefined(int codePoint) { return getType(codePoint) != UNASSIGNED; }

    public static boolean isLetter(char ch) { return isLetter((int) ch); }
    public static boolean isLetter(int codePoint) {
        int t = getType(codePoint);
        return t >= UPPERCASE_LETTER && t <= OTHER_LETTER;
    }

    public static boolean isLetterOrDigit(char ch) { return isLetterOrDigit((int) ch); }
    public static boolean isLetterOrDigit(int codePoint) {
        int t = getType(codePoint);
        return (t >= UPPERCASE_LETTER && t <= OTHER_LETTER) || t == DECIMAL_DIGIT_NUMBER;
    }

    @Deprecated(since = "1.1")
    public static boolean isJavaLetter(char ch) { return isJavaIdentifierStart(ch); }
    @Deprecated(since = "1.1")
    public static boolean isJavaLetterOrDigit(char ch) { return isJavaIdentifierPart(ch); }

    public static boolean isAlphabetic(int codePoint) { return (props(codePoint) & CharacterData.ALPHABETIC) != 0; }
    public static boolean isIdeographic(int codePoint) { return (props(codePoint) & CharacterData.IDEOGRAPHIC) != 0; }

    public static boolean isJavaIdentifierStart(char ch) { return isJavaIdentifierStart((int) ch); }
    public static boolean isJavaIdentifierStart(int codePoint) { return (props(codePoint) & CharacterData.JAVA_START) != 0; }
    public static boolean isJavaIdentifierPart(char ch) { return isJavaIdentifierPart((int) ch); }
    public static boolean isJavaIdentifierPart(int codePoint) { return (props(codePoint) & CharacterData.JAVA_PART) != 0; }
    public static boolean isUnicodeIdentifierStart(char ch) { return isUnicodeIdentifierStart((int) ch); }
    public static boolean isUnicodeIdentifierStart(int codePoint) { return (props(codePoint) & CharacterData.UNICODE_START) != 0; }
    public static boolean isUnicodeIdentifierPart(char ch) { return isUnicodeIdentifierPart((int) ch); }
    public static boolean isUnicodeIdentifierPart(int codePoint) { return (props(codePoint) & CharacterData.UNICODE_PART) != 0; }
    public static boolean isIdentifierIgnorable(char ch) { return isIdentifierIgnorable((int) ch); }
    public static boolean isIdentifierIgnorable(int codePoint) { return (props(codePoint) & CharacterData.IGNORABLE) != 0; }
    public static boolean isMirrored(char ch) { return isMirrored((int) ch); }
    public static boolean isMirrored(int codePoint) { return (props(codePoint) & CharacterData.MIRRORED) != 0; }

    public static char toLowerCase(char ch) { return (char) toLowerCase((int) ch); }
    public static int toLowerCase(int codePoint) {
        if (codePoint >>> 8 == 0)
            return CharacterData.Latin1.LOWER.charAt(codePoint);
        if (!isValidCodePoint(codePoint))
            return codePoint;
        return codePoint + CharacterData.lookup(CharacterData.LOWER_DELTA, codePoint);
    }

    public static char toUpperCase(char ch) { return (char) toUpperCase((int) ch); }
    public static int toUpperCase(int codePoint) {
        if (codePoint >>> 8 == 0)
            return CharacterData.Latin1.UPPER.charAt(codePoint);
        if (!isValidCodePoint(codePoint))
            return codePoint;
        return codePoint + CharacterData.lookup(CharacterData.UPPER_DELTA, codePoint);
    }

    public static char toTitleCase(char ch) { return (char) toTitleCase((int) ch); }
    public static int toTitleCase(int codePoint) {
        if (!isValidCodePoint(codePoint))
            return codePoint;
        return codePoint + CharacterData.lookup(CharacterData.TITLE_DELTA, codePoint);
    }

    public static int getNumericValue(char ch) { return getNumericValue((int) ch); }
    public static int getNumericValue(int codePoint) {
        if (codePoint >>> 8 == 0)
            return CharacterData.Latin1.NUMERIC.charAt(codePoint) - 2;
        if (!isValidCodePoint(codePoint))
            return -1;
        return CharacterData.lookup(CharacterData.NUMERIC, codePoint);
    }

    public static int digit(char ch, int radix) { return digit((int) ch, radix); }
    public static int digit(int codePoint, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX)
            return -1;
        int v;
        if (codePoint >= '0' && codePoint <= '9')
            v = codePoint - '0';
        else if (codePoint >= 'a' && codePoint <= 'z')
            v = codePoint - 'a' + 10;
        else if (codePoint >= 'A' && codePoint <= 'Z')
            v = codePoint - 'A' + 10;
        else if (codePoint < 128)
            return -1;
        else if ((codePoint >= 0xFF21 && codePoint <= 0xFF3A) || (codePoint >= 0xFF41 && codePoint <= 0xFF5A))
            v = getNumericValue(codePoint);
        else if (getType(codePoint) == DECIMAL_DIGIT_NUMBER)
            v = getNumericValue(codePoint);
        else
            return -1;
        return v < radix ? v : -1;
    }

    public static char forDigit(int digit, int radix) {
        if (digit >= radix || digit < 0)
            return '\0';
        if (radix < MIN_RADIX || radix > MAX_RADIX)
            return '\0';
        if (digit < 10)
            return (char) ('0' + digit);
        return (char) ('a' - 10 + digit);
    }

    @Deprecated(since = "1.1")
    public static boolean isSpace(char ch) {
        return (ch <= 0x0020) && (((((1L << 0x0009) | (1L << 0x000A) | (1L << 0x000C)
                | (1L << 0x000D) | (1L << 0x0020)) >> ch) & 1L) != 0);
    }

    public static boolean isSpaceChar(char ch) { return isSpaceChar((int) ch); }
    public static boolean isSpaceChar(int codePoint) {
        int t = getType(codePoint);
        return t == SPACE_SEPARATOR || t == LINE_SEPARATOR || t == PARAGRAPH_SEPARATOR;
    }

    public static boolean isWhitespace(char ch) { return isWhitespace((int) ch); }
    public static boolean isWhitespace(int codePoint) {
        if (codePoint >>> 8 == 0)
            return (codePoint >= 0x09 && codePoint <= 0x0D) || (codePoint >= 0x1C && codePoint <= 0x20);
        return (props(codePoint) & CharacterData.WHITESPACE) != 0;
    }

    public static boolean isISOControl(char ch) { return isISOControl((int) ch); }
    public static boolean isISOControl(int codePoint) {
        return codePoint <= 0x9F && (codePoint >= 0x7F || (codePoint >>> 5 == 0));
    }

    public static byte getDirectionality(char ch) { return getDirectionality((int) ch); }
    public static byte getDirectionality(int codePoint) {
        if (codePoint >>> 8 == 0)
            return (byte) (CharacterData.Latin1.DIRECTIONALITY.charAt(codePoint) - 1);
        if (!isValidCodePoint(codePoint))
            return DIRECTIONALITY_UNDEFINED;
        return (byte) CharacterData.lookup(CharacterData.DIRECTIONALITY, codePoint);
    }

    @Override
    public int compareTo(Character anotherCharacter) {
        return compare(this.value, anotherCharacter.value);
    }

    public static int compare(char x, char y) {
        return x - y;
    }

    public static char reverseBytes(char ch) {
        return (char) (((ch & 0xFF00) >> 8) | (ch << 8));
    }

    // ---- names ----

    static String notValid(int codePoint) {
        return "Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase();
    }

    /** The Unicode name; for characters whose name is their code point, the block's name and the code point. */
    public static String getName(int codePoint) {
        if (!isValidCodePoint(codePoint))
            throw new IllegalArgumentException(notValid(codePoint));
        String name = Names.name(codePoint);
        if (name != null)
            return name;
        if (getType(codePoint) == UNASSIGNED)
            return null;
        UnicodeBlock block = UnicodeBlock.of(codePoint);
        String hex = Integer.toHexString(codePoint).toUpperCase();
        return block == null ? hex : block.toString().replace('_', ' ') + " " + hex;
    }

    public static int codePointOf(String name) {
        name = name.trim().toUpperCase();
        int cp = Names.codePoint(name);
        if (cp != -1)
            return cp;
        int off = name.lastIndexOf(' ');
        if (off != -1) {
            try {
                cp = Integer.parseInt(name, off + 1, name.length(), 16);
                if (isValidCodePoint(cp) && name.equals(getName(cp)))
                    return cp;
            } catch (NumberFormatException e) {
                // not a name of the block-and-code-point form
            }
        }
        throw new IllegalArgumentException("Unrecognized character name :" + name);
    }

    /**
     * Decodes CharacterName (see classlib/gen/GenCharacterData.java): runs of
     * named code points, and each name front-coded against the previous one
     * in words, with a restart every RESTART names.  Loaded on first use.
     */
    private static final class Names {
        static final String[] WORDS = words();

        private static String[] words() {
            String all = CharacterName.WORDS;
            java.util.ArrayList<String> list = new java.util.ArrayList<>();
            for (int i = 0, j; i <= all.length(); i = j + 1) {
                j = all.indexOf(' ', i);
                if (j < 0)
                    j = all.length();
                list.add(all.substring(i, j));
            }
            return list.toArray(new String[0]);
        }

        /** The number of cp's name, or -1 if it has none of its own. */
        static int number(int cp) {
            int[] r = CharacterName.NAMED;
            if (cp < r[0])
                return -1;
            int lo = 0, hi = r.length / 3 - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (r[3 * mid] <= cp)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            int off = cp - r[3 * lo];
            return off < r[3 * lo + 1] ? r[3 * lo + 2] + off : -1;
        }

        static String name(int cp) {
            int k = number(cp);
            if (k < 0)
                return null;
            String[] words = new String[16];
            int pos = CharacterName.RESTARTS[k / CharacterName.RESTART];
            int count = 0;
            for (int i = k - k % CharacterName.RESTART; i <= k; i++) {
                pos = next(pos, words);
                count = lastCount;
            }
            return join(words, count, cp);
        }

        private static int lastCount;

        /** Reads the name at pos into words (keeping the shared ones); returns the next position. */
        private static int next(int pos, String[] words) {
            String s = CharacterName.NAMES;
            int h = s.charAt(pos++);
            int shared = h & 15, fresh = h >> 4;
            for (int j = 0; j < fresh; j++)
                words[shared + j] = WORDS[s.charAt(pos++) - 1];
            lastCount = shared + fresh;
            return pos;
        }

        private static String join(String[] words, int count, int cp) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < count; j++) {
                if (j > 0)
                    sb.append(' ');
                sb.append(words[j]);
            }
            int last = sb.length() - 1;
            if (sb.charAt(last) == '#')
                sb.replace(last, last + 1, Integer.toHexString(cp).toUpperCase());
            return sb.toString();
        }

        /** (hash of name << 32 | code point) for every stored name, sorted: built on first use, one array. */
        private static long[] byHash;

        static synchronized int codePoint(String name) {
            if (byHash == null) {
                long[] table = new long[CharacterName.COUNT];
                int[] r = CharacterName.NAMED;
                String[] words = new String[16];
                int pos = 0, k = 0;
                for (int run = 0; run < r.length; run += 3) {
                    for (int i = 0; i < r[run + 1]; i++) {
                        pos = next(pos, words);
                        int cp = r[run] + i;
                        table[k++] = (long) hash(words, lastCount, cp) << 32 | cp;
                    }
                }
                java.util.Arrays.sort(table);
                byHash = table;
            }
            long h = (long) name.hashCode() << 32;
            int lo = 0, hi = byHash.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (byHash[mid] < h)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            for (int i = lo; i < byHash.length && (byHash[i] & 0xFFFFFFFF00000000L) == h; i++) {
                int cp = (int) byHash[i];
                if (name.equals(name(cp)))
                    return cp;
            }
            return -1;
        }

        /** The String.hashCode of the name join(words, count, cp) would build, without building it. */
        private static int hash(String[] words, int count, int cp) {
            int h = 0;
            for (int j = 0; j < count; j++) {
                String w = words[j];
                if (j > 0)
                    h = 31 * h + ' ';
                int n = w.length();
                if (j == count - 1 && n > 0 && w.charAt(n - 1) == '#') {
                    for (int i = 0; i < n - 1; i++)
                        h = 31 * h + w.charAt(i);
                    int shift = 28;
                    while (shift > 0 && (cp >>> shift) == 0)
                        shift -= 4;
                    for (; shift >= 0; shift -= 4)
                        h = 31 * h + "0123456789ABCDEF".charAt((cp >>> shift) & 15);
                } else {
                    for (int i = 0; i < n; i++)
                        h = 31 * h + w.charAt(i);
                }
            }
            return h;
        }
    }

    // ---- blocks and scripts ----

    /** A named subset of the characters; equal only to itself. */
    public static class Subset {
        private final String name;

        protected Subset(String name) {
            if (name == null)
                throw new NullPointerException("name");
            this.name = name;
        }

        public final boolean equals(Object obj) {
            return this == obj;
        }

        public final int hashCode() {
            return super.hashCode();
        }

        public final String toString() {
            return name;
        }
    }

    /** The Unicode blocks; of() and forName() read the tables of CharacterData. */
    public static final class UnicodeBlock extends Subset {
        private static final java.util.HashMap<String, UnicodeBlock> BY_ID = new java.util.HashMap<>(512);

        private UnicodeBlock(String idName) {
            super(idName);
            BY_ID.put(idName, this);
        }

        public static final UnicodeBlock
            BASIC_LATIN = new UnicodeBlock("BASIC_LATIN"),
            LATIN_1_SUPPLEMENT = new UnicodeBlock("LATIN_1_SUPPLEMENT"),
            LATIN_EXTENDED_A = new UnicodeBlock("LATIN_EXTENDED_A"),
            LATIN_EXTENDED_B = new UnicodeBlock("LATIN_EXTENDED_B"),
            IPA_EXTENSIONS = new UnicodeBlock("IPA_EXTENSIONS"),
            SPACING_MODIFIER_LETTERS = new UnicodeBlock("SPACING_MODIFIER_LETTERS"),
            COMBINING_DIACRITICAL_MARKS = new UnicodeBlock("COMBINING_DIACRITICAL_MARKS"),
            GREEK = new UnicodeBlock("GREEK"),
            CYRILLIC = new UnicodeBlock("CYRILLIC"),
            CYRILLIC_SUPPLEMENTARY = new UnicodeBlock("CYRILLIC_SUPPLEMENTARY"),
            ARMENIAN = new UnicodeBlock("ARMENIAN"),
            HEBREW = new UnicodeBlock("HEBREW"),
            ARABIC = new UnicodeBlock("ARABIC"),
            SYRIAC = new UnicodeBlock("SYRIAC"),
            ARABIC_SUPPLEMENT = new UnicodeBlock("ARABIC_SUPPLEMENT"),
            THAANA = new UnicodeBlock("THAANA"),
            NKO = new UnicodeBlock("NKO"),
            SAMARITAN = new UnicodeBlock("SAMARITAN"),
            MANDAIC = new UnicodeBlock("MANDAIC"),
            SYRIAC_SUPPLEMENT = new UnicodeBlock("SYRIAC_SUPPLEMENT"),
            ARABIC_EXTENDED_A = new UnicodeBlock("ARABIC_EXTENDED_A"),
            DEVANAGARI = new UnicodeBlock("DEVANAGARI"),
            BENGALI = new UnicodeBlock("BENGALI"),
            GURMUKHI = new UnicodeBlock("GURMUKHI"),
            GUJARATI = new UnicodeBlock("GUJARATI"),
            ORIYA = new UnicodeBlock("ORIYA"),
            TAMIL = new UnicodeBlock("TAMIL"),
            TELUGU = new UnicodeBlock("TELUGU"),
            KANNADA = new UnicodeBlock("KANNADA"),
            MALAYALAM = new UnicodeBlock("MALAYALAM"),
            SINHALA = new UnicodeBlock("SINHALA"),
            THAI = new UnicodeBlock("THAI"),
            LAO = new UnicodeBlock("LAO"),
            TIBETAN = new UnicodeBlock("TIBETAN"),
            MYANMAR = new UnicodeBlock("MYANMAR"),
            GEORGIAN = new UnicodeBlock("GEORGIAN"),
            HANGUL_JAMO = new UnicodeBlock("HANGUL_JAMO"),
            ETHIOPIC = new UnicodeBlock("ETHIOPIC"),
            ETHIOPIC_SUPPLEMENT = new UnicodeBlock("ETHIOPIC_SUPPLEMENT"),
            CHEROKEE = new UnicodeBlock("CHEROKEE"),
            UNIFIED_CANADIAN_ABORIGINAL_SYLLABICS = new UnicodeBlock("UNIFIED_CANADIAN_ABORIGINAL_SYLLABICS"),
            OGHAM = new UnicodeBlock("OGHAM"),
            RUNIC = new UnicodeBlock("RUNIC"),
            TAGALOG = new UnicodeBlock("TAGALOG"),
            HANUNOO = new UnicodeBlock("HANUNOO"),
            BUHID = new UnicodeBlock("BUHID"),
            TAGBANWA = new UnicodeBlock("TAGBANWA"),
            KHMER = new UnicodeBlock("KHMER"),
            MONGOLIAN = new UnicodeBlock("MONGOLIAN"),
            UNIFIED_CANADIAN_ABORIGINAL_SYLLABICS_EXTENDED = new UnicodeBlock("UNIFIED_CANADIAN_ABORIGINAL_SYLLABICS_EXTENDED"),
            LIMBU = new UnicodeBlock("LIMBU"),
            TAI_LE = new UnicodeBlock("TAI_LE"),
            NEW_TAI_LUE = new UnicodeBlock("NEW_TAI_LUE"),
            KHMER_SYMBOLS = new UnicodeBlock("KHMER_SYMBOLS"),
            BUGINESE = new UnicodeBlock("BUGINESE"),
            TAI_THAM = new UnicodeBlock("TAI_THAM"),
            COMBINING_DIACRITICAL_MARKS_EXTENDED = new UnicodeBlock("COMBINING_DIACRITICAL_MARKS_EXTENDED"),
            BALINESE = new UnicodeBlock("BALINESE"),
            SUNDANESE = new UnicodeBlock("SUNDANESE"),
            BATAK = new UnicodeBlock("BATAK"),
            LEPCHA = new UnicodeBlock("LEPCHA"),
            OL_CHIKI = new UnicodeBlock("OL_CHIKI"),
            CYRILLIC_EXTENDED_C = new UnicodeBlock("CYRILLIC_EXTENDED_C"),
            GEORGIAN_EXTENDED = new UnicodeBlock("GEORGIAN_EXTENDED"),
            SUNDANESE_SUPPLEMENT = new UnicodeBlock("SUNDANESE_SUPPLEMENT"),
            VEDIC_EXTENSIONS = new UnicodeBlock("VEDIC_EXTENSIONS"),
            PHONETIC_EXTENSIONS = new UnicodeBlock("PHONETIC_EXTENSIONS"),
            PHONETIC_EXTENSIONS_SUPPLEMENT = new UnicodeBlock("PHONETIC_EXTENSIONS_SUPPLEMENT"),
            COMBINING_DIACRITICAL_MARKS_SUPPLEMENT = new UnicodeBlock("COMBINING_DIACRITICAL_MARKS_SUPPLEMENT"),
            LATIN_EXTENDED_ADDITIONAL = new UnicodeBlock("LATIN_EXTENDED_ADDITIONAL"),
            GREEK_EXTENDED = new UnicodeBlock("GREEK_EXTENDED"),
            GENERAL_PUNCTUATION = new UnicodeBlock("GENERAL_PUNCTUATION"),
            SUPERSCRIPTS_AND_SUBSCRIPTS = new UnicodeBlock("SUPERSCRIPTS_AND_SUBSCRIPTS"),
            CURRENCY_SYMBOLS = new UnicodeBlock("CURRENCY_SYMBOLS"),
            COMBINING_MARKS_FOR_SYMBOLS = new UnicodeBlock("COMBINING_MARKS_FOR_SYMBOLS"),
            LETTERLIKE_SYMBOLS = new UnicodeBlock("LETTERLIKE_SYMBOLS"),
            NUMBER_FORMS = new UnicodeBlock("NUMBER_FORMS"),
            ARROWS = new UnicodeBlock("ARROWS"),
            MATHEMATICAL_OPERATORS = new UnicodeBlock("MATHEMATICAL_OPERATORS"),
            MISCELLANEOUS_TECHNICAL = new UnicodeBlock("MISCELLANEOUS_TECHNICAL"),
            CONTROL_PICTURES = new UnicodeBlock("CONTROL_PICTURES"),
            OPTICAL_CHARACTER_RECOGNITION = new UnicodeBlock("OPTICAL_CHARACTER_RECOGNITION"),
            ENCLOSED_ALPHANUMERICS = new UnicodeBlock("ENCLOSED_ALPHANUMERICS"),
            BOX_DRAWING = new UnicodeBlock("BOX_DRAWING"),
            BLOCK_ELEMENTS = new UnicodeBlock("BLOCK_ELEMENTS"),
            GEOMETRIC_SHAPES = new UnicodeBlock("GEOMETRIC_SHAPES"),
            MISCELLANEOUS_SYMBOLS = new UnicodeBlock("MISCELLANEOUS_SYMBOLS"),
            DINGBATS = new UnicodeBlock("DINGBATS"),
            MISCELLANEOUS_MATHEMATICAL_SYMBOLS_A = new UnicodeBlock("MISCELLANEOUS_MATHEMATICAL_SYMBOLS_A"),
            SUPPLEMENTAL_ARROWS_A = new UnicodeBlock("SUPPLEMENTAL_ARROWS_A"),
            BRAILLE_PATTERNS = new UnicodeBlock("BRAILLE_PATTERNS"),
            SUPPLEMENTAL_ARROWS_B = new UnicodeBlock("SUPPLEMENTAL_ARROWS_B"),
            MISCELLANEOUS_MATHEMATICAL_SYMBOLS_B = new UnicodeBlock("MISCELLANEOUS_MATHEMATICAL_SYMBOLS_B"),
            SUPPLEMENTAL_MATHEMATICAL_OPERATORS = new UnicodeBlock("SUPPLEMENTAL_MATHEMATICAL_OPERATORS"),
            MISCELLANEOUS_SYMBOLS_AND_ARROWS = new UnicodeBlock("MISCELLANEOUS_SYMBOLS_AND_ARROWS"),
            GLAGOLITIC = new UnicodeBlock("GLAGOLITIC"),
            LATIN_EXTENDED_C = new UnicodeBlock("LATIN_EXTENDED_C"),
            COPTIC = new UnicodeBlock("COPTIC"),
            GEORGIAN_SUPPLEMENT = new UnicodeBlock("GEORGIAN_SUPPLEMENT"),
            TIFINAGH = new UnicodeBlock("TIFINAGH"),
            ETHIOPIC_EXTENDED = new UnicodeBlock("ETHIOPIC_EXTENDED"),
            CYRILLIC_EXTENDED_A = new UnicodeBlock("CYRILLIC_EXTENDED_A"),
            SUPPLEMENTAL_PUNCTUATION = new UnicodeBlock("SUPPLEMENTAL_PUNCTUATION"),
            CJK_RADICALS_SUPPLEMENT = new UnicodeBlock("CJK_RADICALS_SUPPLEMENT"),
            KANGXI_RADICALS = new UnicodeBlock("KANGXI_RADICALS"),
            IDEOGRAPHIC_DESCRIPTION_CHARACTERS = new UnicodeBlock("IDEOGRAPHIC_DESCRIPTION_CHARACTERS"),
            CJK_SYMBOLS_AND_PUNCTUATION = new UnicodeBlock("CJK_SYMBOLS_AND_PUNCTUATION"),
            HIRAGANA = new UnicodeBlock("HIRAGANA"),
            KATAKANA = new UnicodeBlock("KATAKANA"),
            BOPOMOFO = new UnicodeBlock("BOPOMOFO"),
            HANGUL_COMPATIBILITY_JAMO = new UnicodeBlock("HANGUL_COMPATIBILITY_JAMO"),
            KANBUN = new UnicodeBlock("KANBUN"),
            BOPOMOFO_EXTENDED = new UnicodeBlock("BOPOMOFO_EXTENDED"),
            CJK_STROKES = new UnicodeBlock("CJK_STROKES"),
            KATAKANA_PHONETIC_EXTENSIONS = new UnicodeBlock("KATAKANA_PHONETIC_EXTENSIONS"),
            ENCLOSED_CJK_LETTERS_AND_MONTHS = new UnicodeBlock("ENCLOSED_CJK_LETTERS_AND_MONTHS"),
            CJK_COMPATIBILITY = new UnicodeBlock("CJK_COMPATIBILITY"),
            CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A = new UnicodeBlock("CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A"),
            YIJING_HEXAGRAM_SYMBOLS = new UnicodeBlock("YIJING_HEXAGRAM_SYMBOLS"),
            CJK_UNIFIED_IDEOGRAPHS = new UnicodeBlock("CJK_UNIFIED_IDEOGRAPHS"),
            YI_SYLLABLES = new UnicodeBlock("YI_SYLLABLES"),
            YI_RADICALS = new UnicodeBlock("YI_RADICALS"),
            LISU = new UnicodeBlock("LISU"),
            VAI = new UnicodeBlock("VAI"),
            CYRILLIC_EXTENDED_B = new UnicodeBlock("CYRILLIC_EXTENDED_B"),
            BAMUM = new UnicodeBlock("BAMUM"),
            MODIFIER_TONE_LETTERS = new UnicodeBlock("MODIFIER_TONE_LETTERS"),
            LATIN_EXTENDED_D = new UnicodeBlock("LATIN_EXTENDED_D"),
            SYLOTI_NAGRI = new UnicodeBlock("SYLOTI_NAGRI"),
            COMMON_INDIC_NUMBER_FORMS = new UnicodeBlock("COMMON_INDIC_NUMBER_FORMS"),
            PHAGS_PA = new UnicodeBlock("PHAGS_PA"),
            SAURASHTRA = new UnicodeBlock("SAURASHTRA"),
            DEVANAGARI_EXTENDED = new UnicodeBlock("DEVANAGARI_EXTENDED"),
            KAYAH_LI = new UnicodeBlock("KAYAH_LI"),
            REJANG = new UnicodeBlock("REJANG"),
            HANGUL_JAMO_EXTENDED_A = new UnicodeBlock("HANGUL_JAMO_EXTENDED_A"),
            JAVANESE = new UnicodeBlock("JAVANESE"),
            MYANMAR_EXTENDED_B = new UnicodeBlock("MYANMAR_EXTENDED_B"),
            CHAM = new UnicodeBlock("CHAM"),
            MYANMAR_EXTENDED_A = new UnicodeBlock("MYANMAR_EXTENDED_A"),
            TAI_VIET = new UnicodeBlock("TAI_VIET"),
            MEETEI_MAYEK_EXTENSIONS = new UnicodeBlock("MEETEI_MAYEK_EXTENSIONS"),
            ETHIOPIC_EXTENDED_A = new UnicodeBlock("ETHIOPIC_EXTENDED_A"),
            LATIN_EXTENDED_E = new UnicodeBlock("LATIN_EXTENDED_E"),
            CHEROKEE_SUPPLEMENT = new UnicodeBlock("CHEROKEE_SUPPLEMENT"),
            MEETEI_MAYEK = new UnicodeBlock("MEETEI_MAYEK"),
            HANGUL_SYLLABLES = new UnicodeBlock("HANGUL_SYLLABLES"),
            HANGUL_JAMO_EXTENDED_B = new UnicodeBlock("HANGUL_JAMO_EXTENDED_B"),
            HIGH_SURROGATES = new UnicodeBlock("HIGH_SURROGATES"),
            HIGH_PRIVATE_USE_SURROGATES = new UnicodeBlock("HIGH_PRIVATE_USE_SURROGATES"),
            LOW_SURROGATES = new UnicodeBlock("LOW_SURROGATES"),
            PRIVATE_USE_AREA = new UnicodeBlock("PRIVATE_USE_AREA"),
            CJK_COMPATIBILITY_IDEOGRAPHS = new UnicodeBlock("CJK_COMPATIBILITY_IDEOGRAPHS"),
            ALPHABETIC_PRESENTATION_FORMS = new UnicodeBlock("ALPHABETIC_PRESENTATION_FORMS"),
            ARABIC_PRESENTATION_FORMS_A = new UnicodeBlock("ARABIC_PRESENTATION_FORMS_A"),
            VARIATION_SELECTORS = new UnicodeBlock("VARIATION_SELECTORS"),
            VERTICAL_FORMS = new UnicodeBlock("VERTICAL_FORMS"),
            COMBINING_HALF_MARKS = new UnicodeBlock("COMBINING_HALF_MARKS"),
            CJK_COMPATIBILITY_FORMS = new UnicodeBlock("CJK_COMPATIBILITY_FORMS"),
            SMALL_FORM_VARIANTS = new UnicodeBlock("SMALL_FORM_VARIANTS"),
            ARABIC_PRESENTATION_FORMS_B = new UnicodeBlock("ARABIC_PRESENTATION_FORMS_B"),
            HALFWIDTH_AND_FULLWIDTH_FORMS = new UnicodeBlock("HALFWIDTH_AND_FULLWIDTH_FORMS"),
            SPECIALS = new UnicodeBlock("SPECIALS"),
            LINEAR_B_SYLLABARY = new UnicodeBlock("LINEAR_B_SYLLABARY"),
            LINEAR_B_IDEOGRAMS = new UnicodeBlock("LINEAR_B_IDEOGRAMS"),
            AEGEAN_NUMBERS = new UnicodeBlock("AEGEAN_NUMBERS"),
            ANCIENT_GREEK_NUMBERS = new UnicodeBlock("ANCIENT_GREEK_NUMBERS"),
            ANCIENT_SYMBOLS = new UnicodeBlock("ANCIENT_SYMBOLS"),
            PHAISTOS_DISC = new UnicodeBlock("PHAISTOS_DISC"),
            LYCIAN = new UnicodeBlock("LYCIAN"),
            CARIAN = new UnicodeBlock("CARIAN"),
            COPTIC_EPACT_NUMBERS = new UnicodeBlock("COPTIC_EPACT_NUMBERS"),
            OLD_ITALIC = new UnicodeBlock("OLD_ITALIC"),
            GOTHIC = new UnicodeBlock("GOTHIC"),
            OLD_PERMIC = new UnicodeBlock("OLD_PERMIC"),
            UGARITIC = new UnicodeBlock("UGARITIC"),
            OLD_PERSIAN = new UnicodeBlock("OLD_PERSIAN"),
            DESERET = new UnicodeBlock("DESERET"),
            SHAVIAN = new UnicodeBlock("SHAVIAN"),
            OSMANYA = new UnicodeBlock("OSMANYA"),
            OSAGE = new UnicodeBlock("OSAGE"),
            ELBASAN = new UnicodeBlock("ELBASAN"),
            CAUCASIAN_ALBANIAN = new UnicodeBlock("CAUCASIAN_ALBANIAN"),
            LINEAR_A = new UnicodeBlock("LINEAR_A"),
            CYPRIOT_SYLLABARY = new UnicodeBlock("CYPRIOT_SYLLABARY"),
            IMPERIAL_ARAMAIC = new UnicodeBlock("IMPERIAL_ARAMAIC"),
            PALMYRENE = new UnicodeBlock("PALMYRENE"),
            NABATAEAN = new UnicodeBlock("NABATAEAN"),
            HATRAN = new UnicodeBlock("HATRAN"),
            PHOENICIAN = new UnicodeBlock("PHOENICIAN"),
            LYDIAN = new UnicodeBlock("LYDIAN"),
            MEROITIC_HIEROGLYPHS = new UnicodeBlock("MEROITIC_HIEROGLYPHS"),
            MEROITIC_CURSIVE = new UnicodeBlock("MEROITIC_CURSIVE"),
            KHAROSHTHI = new UnicodeBlock("KHAROSHTHI"),
            OLD_SOUTH_ARABIAN = new UnicodeBlock("OLD_SOUTH_ARABIAN"),
            OLD_NORTH_ARABIAN = new UnicodeBlock("OLD_NORTH_ARABIAN"),
            MANICHAEAN = new UnicodeBlock("MANICHAEAN"),
            AVESTAN = new UnicodeBlock("AVESTAN"),
            INSCRIPTIONAL_PARTHIAN = new UnicodeBlock("INSCRIPTIONAL_PARTHIAN"),
            INSCRIPTIONAL_PAHLAVI = new UnicodeBlock("INSCRIPTIONAL_PAHLAVI"),
            PSALTER_PAHLAVI = new UnicodeBlock("PSALTER_PAHLAVI"),
            OLD_TURKIC = new UnicodeBlock("OLD_TURKIC"),
            OLD_HUNGARIAN = new UnicodeBlock("OLD_HUNGARIAN"),
            HANIFI_ROHINGYA = new UnicodeBlock("HANIFI_ROHINGYA"),
            RUMI_NUMERAL_SYMBOLS = new UnicodeBlock("RUMI_NUMERAL_SYMBOLS"),
            YEZIDI = new UnicodeBlock("YEZIDI"),
            OLD_SOGDIAN = new UnicodeBlock("OLD_SOGDIAN"),
            SOGDIAN = new UnicodeBlock("SOGDIAN"),
            CHORASMIAN = new UnicodeBlock("CHORASMIAN"),
            ELYMAIC = new UnicodeBlock("ELYMAIC"),
            BRAHMI = new UnicodeBlock("BRAHMI"),
            KAITHI = new UnicodeBlock("KAITHI"),
            SORA_SOMPENG = new UnicodeBlock("SORA_SOMPENG"),
            CHAKMA = new UnicodeBlock("CHAKMA"),
            MAHAJANI = new UnicodeBlock("MAHAJANI"),
            SHARADA = new UnicodeBlock("SHARADA"),
            SINHALA_ARCHAIC_NUMBERS = new UnicodeBlock("SINHALA_ARCHAIC_NUMBERS"),
            KHOJKI = new UnicodeBlock("KHOJKI"),
            MULTANI = new UnicodeBlock("MULTANI"),
            KHUDAWADI = new UnicodeBlock("KHUDAWADI"),
            GRANTHA = new UnicodeBlock("GRANTHA"),
            NEWA = new UnicodeBlock("NEWA"),
            TIRHUTA = new UnicodeBlock("TIRHUTA"),
            SIDDHAM = new UnicodeBlock("SIDDHAM"),
            MODI = new UnicodeBlock("MODI"),
            MONGOLIAN_SUPPLEMENT = new UnicodeBlock("MONGOLIAN_SUPPLEMENT"),
            TAKRI = new UnicodeBlock("TAKRI"),
            AHOM = new UnicodeBlock("AHOM"),
            DOGRA = new UnicodeBlock("DOGRA"),
            WARANG_CITI = new UnicodeBlock("WARANG_CITI"),
            DIVES_AKURU = new UnicodeBlock("DIVES_AKURU"),
            NANDINAGARI = new UnicodeBlock("NANDINAGARI"),
            ZANABAZAR_SQUARE = new UnicodeBlock("ZANABAZAR_SQUARE"),
            SOYOMBO = new UnicodeBlock("SOYOMBO"),
            PAU_CIN_HAU = new UnicodeBlock("PAU_CIN_HAU"),
            BHAIKSUKI = new UnicodeBlock("BHAIKSUKI"),
            MARCHEN = new UnicodeBlock("MARCHEN"),
            MASARAM_GONDI = new UnicodeBlock("MASARAM_GONDI"),
            GUNJALA_GONDI = new UnicodeBlock("GUNJALA_GONDI"),
            MAKASAR = new UnicodeBlock("MAKASAR"),
            LISU_SUPPLEMENT = new UnicodeBlock("LISU_SUPPLEMENT"),
            TAMIL_SUPPLEMENT = new UnicodeBlock("TAMIL_SUPPLEMENT"),
            CUNEIFORM = new UnicodeBlock("CUNEIFORM"),
            CUNEIFORM_NUMBERS_AND_PUNCTUATION = new UnicodeBlock("CUNEIFORM_NUMBERS_AND_PUNCTUATION"),
            EARLY_DYNASTIC_CUNEIFORM = new UnicodeBlock("EARLY_DYNASTIC_CUNEIFORM"),
            EGYPTIAN_HIEROGLYPHS = new UnicodeBlock("EGYPTIAN_HIEROGLYPHS"),
            EGYPTIAN_HIEROGLYPH_FORMAT_CONTROLS = new UnicodeBlock("EGYPTIAN_HIEROGLYPH_FORMAT_CONTROLS"),
            ANATOLIAN_HIEROGLYPHS = new UnicodeBlock("ANATOLIAN_HIEROGLYPHS"),
            BAMUM_SUPPLEMENT = new UnicodeBlock("BAMUM_SUPPLEMENT"),
            MRO = new UnicodeBlock("MRO"),
            BASSA_VAH = new UnicodeBlock("BASSA_VAH"),
            PAHAWH_HMONG = new UnicodeBlock("PAHAWH_HMONG"),
            MEDEFAIDRIN = new UnicodeBlock("MEDEFAIDRIN"),
            MIAO = new UnicodeBlock("MIAO"),
            IDEOGRAPHIC_SYMBOLS_AND_PUNCTUATION = new UnicodeBlock("IDEOGRAPHIC_SYMBOLS_AND_PUNCTUATION"),
            TANGUT = new UnicodeBlock("TANGUT"),
            TANGUT_COMPONENTS = new UnicodeBlock("TANGUT_COMPONENTS"),
            KHITAN_SMALL_SCRIPT = new UnicodeBlock("KHITAN_SMALL_SCRIPT"),
            TANGUT_SUPPLEMENT = new UnicodeBlock("TANGUT_SUPPLEMENT"),
            KANA_SUPPLEMENT = new UnicodeBlock("KANA_SUPPLEMENT"),
            KANA_EXTENDED_A = new UnicodeBlock("KANA_EXTENDED_A"),
            SMALL_KANA_EXTENSION = new UnicodeBlock("SMALL_KANA_EXTENSION"),
            NUSHU = new UnicodeBlock("NUSHU"),
            DUPLOYAN = new UnicodeBlock("DUPLOYAN"),
            SHORTHAND_FORMAT_CONTROLS = new UnicodeBlock("SHORTHAND_FORMAT_CONTROLS"),
            BYZANTINE_MUSICAL_SYMBOLS = new UnicodeBlock("BYZANTINE_MUSICAL_SYMBOLS"),
            MUSICAL_SYMBOLS = new UnicodeBlock("MUSICAL_SYMBOLS"),
            ANCIENT_GREEK_MUSICAL_NOTATION = new UnicodeBlock("ANCIENT_GREEK_MUSICAL_NOTATION"),
            MAYAN_NUMERALS = new UnicodeBlock("MAYAN_NUMERALS"),
            TAI_XUAN_JING_SYMBOLS = new UnicodeBlock("TAI_XUAN_JING_SYMBOLS"),
            COUNTING_ROD_NUMERALS = new UnicodeBlock("COUNTING_ROD_NUMERALS"),
            MATHEMATICAL_ALPHANUMERIC_SYMBOLS = new UnicodeBlock("MATHEMATICAL_ALPHANUMERIC_SYMBOLS"),
            SUTTON_SIGNWRITING = new UnicodeBlock("SUTTON_SIGNWRITING"),
            GLAGOLITIC_SUPPLEMENT = new UnicodeBlock("GLAGOLITIC_SUPPLEMENT"),
            NYIAKENG_PUACHUE_HMONG = new UnicodeBlock("NYIAKENG_PUACHUE_HMONG"),
            WANCHO = new UnicodeBlock("WANCHO"),
            MENDE_KIKAKUI = new UnicodeBlock("MENDE_KIKAKUI"),
            ADLAM = new UnicodeBlock("ADLAM"),
            INDIC_SIYAQ_NUMBERS = new UnicodeBlock("INDIC_SIYAQ_NUMBERS"),
            OTTOMAN_SIYAQ_NUMBERS = new UnicodeBlock("OTTOMAN_SIYAQ_NUMBERS"),
            ARABIC_MATHEMATICAL_ALPHABETIC_SYMBOLS = new UnicodeBlock("ARABIC_MATHEMATICAL_ALPHABETIC_SYMBOLS"),
            MAHJONG_TILES = new UnicodeBlock("MAHJONG_TILES"),
            DOMINO_TILES = new UnicodeBlock("DOMINO_TILES"),
            PLAYING_CARDS = new UnicodeBlock("PLAYING_CARDS"),
            ENCLOSED_ALPHANUMERIC_SUPPLEMENT = new UnicodeBlock("ENCLOSED_ALPHANUMERIC_SUPPLEMENT"),
            ENCLOSED_IDEOGRAPHIC_SUPPLEMENT = new UnicodeBlock("ENCLOSED_IDEOGRAPHIC_SUPPLEMENT"),
            MISCELLANEOUS_SYMBOLS_AND_PICTOGRAPHS = new UnicodeBlock("MISCELLANEOUS_SYMBOLS_AND_PICTOGRAPHS"),
            EMOTICONS = new UnicodeBlock("EMOTICONS"),
            ORNAMENTAL_DINGBATS = new UnicodeBlock("ORNAMENTAL_DINGBATS"),
            TRANSPORT_AND_MAP_SYMBOLS = new UnicodeBlock("TRANSPORT_AND_MAP_SYMBOLS"),
            ALCHEMICAL_SYMBOLS = new UnicodeBlock("ALCHEMICAL_SYMBOLS"),
            GEOMETRIC_SHAPES_EXTENDED = new UnicodeBlock("GEOMETRIC_SHAPES_EXTENDED"),
            SUPPLEMENTAL_ARROWS_C = new UnicodeBlock("SUPPLEMENTAL_ARROWS_C"),
            SUPPLEMENTAL_SYMBOLS_AND_PICTOGRAPHS = new UnicodeBlock("SUPPLEMENTAL_SYMBOLS_AND_PICTOGRAPHS"),
            CHESS_SYMBOLS = new UnicodeBlock("CHESS_SYMBOLS"),
            SYMBOLS_AND_PICTOGRAPHS_EXTENDED_A = new UnicodeBlock("SYMBOLS_AND_PICTOGRAPHS_EXTENDED_A"),
            SYMBOLS_FOR_LEGACY_COMPUTING = new UnicodeBlock("SYMBOLS_FOR_LEGACY_COMPUTING"),
            CJK_UNIFIED_IDEOGRAPHS_EXTENSION_B = new UnicodeBlock("CJK_UNIFIED_IDEOGRAPHS_EXTENSION_B"),
            CJK_UNIFIED_IDEOGRAPHS_EXTENSION_C = new UnicodeBlock("CJK_UNIFIED_IDEOGRAPHS_EXTENSION_C"),
            CJK_UNIFIED_IDEOGRAPHS_EXTENSION_D = new UnicodeBlock("CJK_UNIFIED_IDEOGRAPHS_EXTENSION_D"),
            CJK_UNIFIED_IDEOGRAPHS_EXTENSION_E = new UnicodeBlock("CJK_UNIFIED_IDEOGRAPHS_EXTENSION_E"),
            CJK_UNIFIED_IDEOGRAPHS_EXTENSION_F = new UnicodeBlock("CJK_UNIFIED_IDEOGRAPHS_EXTENSION_F"),
            CJK_COMPATIBILITY_IDEOGRAPHS_SUPPLEMENT = new UnicodeBlock("CJK_COMPATIBILITY_IDEOGRAPHS_SUPPLEMENT"),
            CJK_UNIFIED_IDEOGRAPHS_EXTENSION_G = new UnicodeBlock("CJK_UNIFIED_IDEOGRAPHS_EXTENSION_G"),
            TAGS = new UnicodeBlock("TAGS"),
            VARIATION_SELECTORS_SUPPLEMENT = new UnicodeBlock("VARIATION_SELECTORS_SUPPLEMENT"),
            SUPPLEMENTARY_PRIVATE_USE_AREA_A = new UnicodeBlock("SUPPLEMENTARY_PRIVATE_USE_AREA_A"),
            SUPPLEMENTARY_PRIVATE_USE_AREA_B = new UnicodeBlock("SUPPLEMENTARY_PRIVATE_USE_AREA_B");

        @Deprecated(since = "1.5")
        public static final UnicodeBlock SURROGATES_AREA = new UnicodeBlock("SURROGATES_AREA");

        /** The blocks by their number in CharacterData, and every spelling forName accepts. */
        private static final class Tables {
            static final UnicodeBlock[] NUMBERED;
            static final java.util.HashMap<String, UnicodeBlock> KEYS = new java.util.HashMap<>(2048);

            static {
                String[] ids = CharacterData.Blocks.BLOCK_NAMES.split(" ");
                NUMBERED = new UnicodeBlock[ids.length];
                for (int i = 0; i < ids.length; i++)
                    NUMBERED[i] = BY_ID.get(ids[i]);
                String keys = CharacterData.Blocks.BLOCK_KEYS;
                for (int i = 0, j; i < keys.length(); i = j + 1) {
                    j = keys.indexOf(';', i);
                    int eq = keys.indexOf('=', i);
                    KEYS.put(keys.substring(i, eq), NUMBERED[Integer.parseInt(keys, eq + 1, j, 10)]);
                }
            }
        }

        public static UnicodeBlock of(char c) {
            return of((int) c);
        }

        public static UnicodeBlock of(int codePoint) {
            if (!isValidCodePoint(codePoint))
                throw new IllegalArgumentException(notValid(codePoint));
            int n = CharacterData.lookup(CharacterData.Blocks.BLOCK, codePoint);
            return n < 0 ? null : Tables.NUMBERED[n];
        }

        public static final UnicodeBlock forName(String blockName) {
            UnicodeBlock block = Tables.KEYS.get(blockName.toUpperCase());
            if (block == null)
                throw new IllegalArgumentException("Not a valid block name: " + blockName);
            return block;
        }
    }

    /** The Unicode scripts, in the JDK's order. */
    public static enum UnicodeScript {
        COMMON, LATIN, GREEK, CYRILLIC, ARMENIAN, HEBREW, ARABIC, SYRIAC, THAANA, DEVANAGARI,
        BENGALI, GURMUKHI, GUJARATI, ORIYA, TAMIL, TELUGU, KANNADA, MALAYALAM, SINHALA, THAI, LAO,
        TIBETAN, MYANMAR, GEORGIAN, HANGUL, ETHIOPIC, CHEROKEE, CANADIAN_ABORIGINAL, OGHAM, RUNIC,
        KHMER, MONGOLIAN, HIRAGANA, KATAKANA, BOPOMOFO, HAN, YI, OLD_ITALIC, GOTHIC, DESERET,
        INHERITED, TAGALOG, HANUNOO, BUHID, TAGBANWA, LIMBU, TAI_LE, LINEAR_B, UGARITIC, SHAVIAN,
        OSMANYA, CYPRIOT, BRAILLE, BUGINESE, COPTIC, NEW_TAI_LUE, GLAGOLITIC, TIFINAGH,
        SYLOTI_NAGRI, OLD_PERSIAN, KHAROSHTHI, BALINESE, CUNEIFORM, PHOENICIAN, PHAGS_PA, NKO,
        SUNDANESE, BATAK, LEPCHA, OL_CHIKI, VAI, SAURASHTRA, KAYAH_LI, REJANG, LYCIAN, CARIAN,
        LYDIAN, CHAM, TAI_THAM, TAI_VIET, AVESTAN, EGYPTIAN_HIEROGLYPHS, SAMARITAN, MANDAIC, LISU,
        BAMUM, JAVANESE, MEETEI_MAYEK, IMPERIAL_ARAMAIC, OLD_SOUTH_ARABIAN, INSCRIPTIONAL_PARTHIAN,
        INSCRIPTIONAL_PAHLAVI, OLD_TURKIC, BRAHMI, KAITHI, MEROITIC_HIEROGLYPHS, MEROITIC_CURSIVE,
        SORA_SOMPENG, CHAKMA, SHARADA, TAKRI, MIAO, CAUCASIAN_ALBANIAN, BASSA_VAH, DUPLOYAN,
        ELBASAN, GRANTHA, PAHAWH_HMONG, KHOJKI, LINEAR_A, MAHAJANI, MANICHAEAN, MENDE_KIKAKUI, MODI,
        MRO, OLD_NORTH_ARABIAN, NABATAEAN, PALMYRENE, PAU_CIN_HAU, OLD_PERMIC, PSALTER_PAHLAVI,
        SIDDHAM, KHUDAWADI, TIRHUTA, WARANG_CITI, AHOM, ANATOLIAN_HIEROGLYPHS, HATRAN, MULTANI,
        OLD_HUNGARIAN, SIGNWRITING, ADLAM, BHAIKSUKI, MARCHEN, NEWA, OSAGE, TANGUT, MASARAM_GONDI,
        NUSHU, SOYOMBO, ZANABAZAR_SQUARE, HANIFI_ROHINGYA, OLD_SOGDIAN, SOGDIAN, DOGRA,
        GUNJALA_GONDI, MAKASAR, MEDEFAIDRIN, ELYMAIC, NANDINAGARI, NYIAKENG_PUACHUE_HMONG, WANCHO,
        YEZIDI, CHORASMIAN, DIVES_AKURU, KHITAN_SMALL_SCRIPT, UNKNOWN;

        /** The scripts by their number in CharacterData, and the four-letter codes forName accepts. */
        private static final class Tables {
            static final UnicodeScript[] NUMBERED;
            static final java.util.HashMap<String, UnicodeScript> ALIASES = new java.util.HashMap<>(512);

            static {
                String[] names = CharacterData.Scripts.SCRIPT_NAMES.split(" ");
                NUMBERED = new UnicodeScript[names.length];
                for (int i = 0; i < names.length; i++)
                    NUMBERED[i] = valueOf(names[i]);
                String aliases = CharacterData.Scripts.SCRIPT_ALIASES;
                for (int i = 0, j; i < aliases.length(); i = j + 1) {
                    j = aliases.indexOf(';', i);
                    int eq = aliases.indexOf('=', i);
                    ALIASES.put(aliases.substring(i, eq), NUMBERED[Integer.parseInt(aliases, eq + 1, j, 10)]);
                }
            }
        }

        public static UnicodeScript of(int codePoint) {
            if (!isValidCodePoint(codePoint))
                throw new IllegalArgumentException(notValid(codePoint));
            return Tables.NUMBERED[CharacterData.lookup(CharacterData.Scripts.SCRIPT, codePoint)];
        }

        public static final UnicodeScript forName(String scriptName) {
            scriptName = scriptName.toUpperCase();
            UnicodeScript sc = Tables.ALIASES.get(scriptName);
            return sc != null ? sc : valueOf(scriptName);
        }
    }
}
