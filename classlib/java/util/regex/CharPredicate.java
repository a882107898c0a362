package java.util.regex;

/**
 * A set of code points: what one character-class node of a pattern
 * matches. The named classes (\d, \p{Alpha}, \p{Lu}, \p{javaLowerCase}...)
 * are built here with the JDK's definitions.
 */
interface CharPredicate {
    boolean is(int ch);

    default CharPredicate and(CharPredicate p) {
        return ch -> is(ch) && p.is(ch);
    }

    default CharPredicate union(CharPredicate p) {
        return ch -> is(ch) || p.is(ch);
    }

    default CharPredicate negate() {
        return ch -> !is(ch);
    }

    static CharPredicate single(int c) {
        return ch -> ch == c;
    }

    static CharPredicate range(int lo, int hi) {
        return ch -> ch >= lo && ch <= hi;
    }

    static boolean asciiLower(int ch) { return ch >= 'a' && ch <= 'z'; }
    static boolean asciiUpper(int ch) { return ch >= 'A' && ch <= 'Z'; }
    static boolean asciiDigit(int ch) { return ch >= '0' && ch <= '9'; }

    static int asciiToLower(int ch) {
        return asciiUpper(ch) ? ch + 32 : ch;
    }

    static int asciiToUpper(int ch) {
        return asciiLower(ch) ? ch - 32 : ch;
    }

    /** The single char c under CASE_INSENSITIVE, with or without UNICODE_CASE. */
    static CharPredicate caseInsensitive(int c, boolean unicode) {
        if (unicode) {
            int lo = Character.toLowerCase(Character.toUpperCase(c));
            return ch -> ch == c || Character.toLowerCase(Character.toUpperCase(ch)) == lo;
        }
        if (asciiLower(c) || asciiUpper(c)) {
            int lo = asciiToLower(c);
            return ch -> asciiToLower(ch) == lo;
        }
        return single(c);
    }

    /** The range lo-hi under CASE_INSENSITIVE. */
    static CharPredicate caseInsensitiveRange(int lo, int hi, boolean unicode) {
        if (unicode) {
            return ch -> {
                if (ch >= lo && ch <= hi)
                    return true;
                int up = Character.toUpperCase(ch);
                return (up >= lo && up <= hi) || ((up = Character.toLowerCase(up)) >= lo && up <= hi);
            };
        }
        return ch -> (ch >= lo && ch <= hi)
                || (ch < 128 && ((asciiToUpper(ch) >= lo && asciiToUpper(ch) <= hi)
                                 || (asciiToLower(ch) >= lo && asciiToLower(ch) <= hi)));
    }

    static boolean isLineTerminator(int ch) {
        return ch == '\n' || ch == '\r' || (ch | 1) == '\u2029' || ch == '\u0085';
    }

    /** \d \w \s \h \v and their negations; null for another letter. */
    static CharPredicate escapeClass(char c, boolean unicodeClasses) {
        CharPredicate p;
        switch (Character.toLowerCase(c)) {
            case 'd':
                p = unicodeClasses ? ch -> Character.getType(ch) == Character.DECIMAL_DIGIT_NUMBER
                                   : CharPredicate::asciiDigit;
                break;
            case 'w':
                p = unicodeClasses ? CharPredicate::unicodeWord
                                   : ch -> asciiLower(ch) || asciiUpper(ch) || asciiDigit(ch) || ch == '_';
                break;
            case 's':
                p = unicodeClasses ? CharPredicate::unicodeWhiteSpace
                                   : ch -> ch == ' ' || (ch >= '\t' && ch <= '\r');
                break;
            case 'h':
                p = ch -> ch == ' ' || ch == '\t' || ch == 0xA0 || ch == 0x1680 || ch == 0x180e
                        || (ch >= 0x2000 && ch <= 0x200a) || ch == 0x202f || ch == 0x205f || ch == 0x3000;
                break;
            case 'v':
                p = ch -> (ch >= '\n' && ch <= '\r') || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
                break;
            default:
                return null;
        }
        return Character.isUpperCase(c) ? p.negate() : p;
    }

    static boolean unicodeWhiteSpace(int ch) {
        return ((1 << Character.SPACE_SEPARATOR | 1 << Character.LINE_SEPARATOR
                 | 1 << Character.PARAGRAPH_SEPARATOR) >> Character.getType(ch) & 1) != 0
                || (ch >= 0x9 && ch <= 0xd) || ch == 0x85;
    }

    static boolean unicodeWord(int ch) {
        return Character.isAlphabetic(ch)
                || ((1 << Character.NON_SPACING_MARK | 1 << Character.ENCLOSING_MARK
                     | 1 << Character.COMBINING_SPACING_MARK | 1 << Character.DECIMAL_DIGIT_NUMBER
                     | 1 << Character.CONNECTOR_PUNCTUATION) >> Character.getType(ch) & 1) != 0
                || ch == 0x200c || ch == 0x200d;
    }

    static boolean asciiPunct(int ch) {
        return ch > 32 && ch < 127 && !asciiLower(ch) && !asciiUpper(ch) && !asciiDigit(ch);
    }

    /** A POSIX class name (ASCII, or Unicode under UNICODE_CHARACTER_CLASS); null if not one. */
    static CharPredicate posix(String name, boolean unicodeClasses) {
        if (unicodeClasses) {
            switch (name) {
                case "Lower": return Character::isLowerCase;
                case "Upper": return Character::isUpperCase;
                case "ASCII": return ch -> ch < 128;
                case "Alpha": return Character::isAlphabetic;
                case "Digit": return Character::isDigit;
                case "Alnum": return ch -> Character.isAlphabetic(ch) || Character.isDigit(ch);
                case "Punct": return ch -> (PUNCTUATION >> Character.getType(ch) & 1) != 0;
                case "Blank": return ch -> Character.getType(ch) == Character.SPACE_SEPARATOR || ch == '\t';
                case "Cntrl": return ch -> Character.getType(ch) == Character.CONTROL;
                case "XDigit": return ch -> Character.isDigit(ch) || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
                case "Space": return CharPredicate::unicodeWhiteSpace;
                case "Graph": return CharPredicate::unicodeGraph;
                case "Print": return ch -> (unicodeGraph(ch) || Character.getType(ch) == Character.SPACE_SEPARATOR)
                                             && Character.getType(ch) != Character.CONTROL;
                default: break;
            }
        }
        switch (name) {
            case "Lower": return CharPredicate::asciiLower;
            case "Upper": return CharPredicate::asciiUpper;
            case "ASCII": return ch -> ch < 128;
            case "Alpha": return ch -> asciiLower(ch) || asciiUpper(ch);
            case "Digit": return CharPredicate::asciiDigit;
            case "Alnum": return ch -> asciiLower(ch) || asciiUpper(ch) || asciiDigit(ch);
            case "Punct": return CharPredicate::asciiPunct;
            case "Graph": return ch -> ch > 32 && ch < 127;
            case "Print": return ch -> ch >= 32 && ch < 127;
            case "Blank": return ch -> ch == ' ' || ch == '\t';
            case "Cntrl": return ch -> ch < 32 || ch == 127;
            case "XDigit": return ch -> asciiDigit(ch) || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
            case "Space": return ch -> ch == ' ' || (ch >= '\t' && ch <= '\r');
            default: return null;
        }
    }

    int PUNCTUATION = 1 << Character.CONNECTOR_PUNCTUATION | 1 << Character.DASH_PUNCTUATION
            | 1 << Character.START_PUNCTUATION | 1 << Character.END_PUNCTUATION
            | 1 << Character.OTHER_PUNCTUATION | 1 << Character.INITIAL_QUOTE_PUNCTUATION
            | 1 << Character.FINAL_QUOTE_PUNCTUATION;

    static boolean unicodeGraph(int ch) {
        int t = Character.getType(ch);
        return t != Character.SPACE_SEPARATOR && t != Character.LINE_SEPARATOR
                && t != Character.PARAGRAPH_SEPARATOR && t != Character.CONTROL
                && t != Character.SURROGATE && t != Character.UNASSIGNED;
    }

    /** A java.lang.Character method class (javaLowerCase...); null if not one. */
    static CharPredicate javaMethod(String name) {
        switch (name) {
            case "javaLowerCase": return Character::isLowerCase;
            case "javaUpperCase": return Character::isUpperCase;
            case "javaAlphabetic": return Character::isAlphabetic;
            case "javaIdeographic": return Character::isIdeographic;
            case "javaTitleCase": return Character::isTitleCase;
            case "javaDigit": return Character::isDigit;
            case "javaDefined": return Character::isDefined;
            case "javaLetter": return Character::isLetter;
            case "javaLetterOrDigit": return Character::isLetterOrDigit;
            case "javaJavaIdentifierStart": return Character::isJavaIdentifierStart;
            case "javaJavaIdentifierPart": return Character::isJavaIdentifierPart;
            case "javaUnicodeIdentifierStart": return Character::isUnicodeIdentifierStart;
            case "javaUnicodeIdentifierPart": return Character::isUnicodeIdentifierPart;
            case "javaIdentifierIgnorable": return Character::isIdentifierIgnorable;
            case "javaSpaceChar": return Character::isSpaceChar;
            case "javaWhitespace": return Character::isWhitespace;
            case "javaISOControl": return Character::isISOControl;
            case "javaMirrored": return Character::isMirrored;
            default: return null;
        }
    }

    /** A general category (Lu, L, ...), as a mask of Character.getType values; 0 if not one. */
    static int categoryMask(String name) {
        switch (name) {
            case "Cn": return 1 << Character.UNASSIGNED;
            case "Lu": return 1 << Character.UPPERCASE_LETTER;
            case "Ll": return 1 << Character.LOWERCASE_LETTER;
            case "Lt": return 1 << Character.TITLECASE_LETTER;
            case "Lm": return 1 << Character.MODIFIER_LETTER;
            case "Lo": return 1 << Character.OTHER_LETTER;
            case "Mn": return 1 << Character.NON_SPACING_MARK;
            case "Me": return 1 << Character.ENCLOSING_MARK;
            case "Mc": return 1 << Character.COMBINING_SPACING_MARK;
            case "Nd": return 1 << Character.DECIMAL_DIGIT_NUMBER;
            case "Nl": return 1 << Character.LETTER_NUMBER;
            case "No": return 1 << Character.OTHER_NUMBER;
            case "Zs": return 1 << Character.SPACE_SEPARATOR;
            case "Zl": return 1 << Character.LINE_SEPARATOR;
            case "Zp": return 1 << Character.PARAGRAPH_SEPARATOR;
            case "Cc": return 1 << Character.CONTROL;
            case "Cf": return 1 << Character.FORMAT;
            case "Co": return 1 << Character.PRIVATE_USE;
            case "Cs": return 1 << Character.SURROGATE;
            case "Pd": return 1 << Character.DASH_PUNCTUATION;
            case "Ps": return 1 << Character.START_PUNCTUATION;
            case "Pe": return 1 << Character.END_PUNCTUATION;
            case "Pc": return 1 << Character.CONNECTOR_PUNCTUATION;
            case "Po": return 1 << Character.OTHER_PUNCTUATION;
            case "Sm": return 1 << Character.MATH_SYMBOL;
            case "Sc": return 1 << Character.CURRENCY_SYMBOL;
            case "Sk": return 1 << Character.MODIFIER_SYMBOL;
            case "So": return 1 << Character.OTHER_SYMBOL;
            case "Pi": return 1 << Character.INITIAL_QUOTE_PUNCTUATION;
            case "Pf": return 1 << Character.FINAL_QUOTE_PUNCTUATION;
            case "L": return categoryMask("Lu") | categoryMask("Ll") | categoryMask("Lt")
                           | categoryMask("Lm") | categoryMask("Lo");
            case "M": return categoryMask("Mn") | categoryMask("Me") | categoryMask("Mc");
            case "N": return categoryMask("Nd") | categoryMask("Nl") | categoryMask("No");
            case "Z": return categoryMask("Zs") | categoryMask("Zl") | categoryMask("Zp");
            case "C": return categoryMask("Cc") | categoryMask("Cf") | categoryMask("Co")
                           | categoryMask("Cs") | categoryMask("Cn");
            case "P": return PUNCTUATION;
            case "S": return categoryMask("Sm") | categoryMask("Sc") | categoryMask("Sk") | categoryMask("So");
            case "LC": return categoryMask("Lu") | categoryMask("Ll") | categoryMask("Lt");
            case "LD": return categoryMask("L") | categoryMask("Nd");
            default: return 0;
        }
    }

    /** The chars of a Unicode script, by name or alias (\\p{IsGreek}, \\p{sc=Grek}); null if none. */
    static CharPredicate script(String name) {
        Character.UnicodeScript script;
        try {
            script = Character.UnicodeScript.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return ch -> Character.UnicodeScript.of(ch) == script;
    }

    /** The chars of a Unicode block, by any name forName accepts (\\p{InGreek}); null if none. */
    static CharPredicate block(String name) {
        Character.UnicodeBlock block;
        try {
            block = Character.UnicodeBlock.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return ch -> Character.UnicodeBlock.of(ch) == block;
    }

    /** A binary property after "Is" (Alphabetic, White_Space...); null if not one. */
    static CharPredicate binaryProperty(String name) {
        switch (name.toUpperCase().replace("_", "").replace(" ", "")) {
            case "ALPHABETIC": return Character::isAlphabetic;
            case "ASSIGNED": return ch -> Character.getType(ch) != Character.UNASSIGNED;
            case "CONTROL": return ch -> Character.getType(ch) == Character.CONTROL;
            case "HEXDIGIT": return ch -> Character.isDigit(ch) || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F')
                                   || (ch >= 0xff21 && ch <= 0xff26) || (ch >= 0xff41 && ch <= 0xff46);
            case "IDEOGRAPHIC": return Character::isIdeographic;
            case "LETTER": return Character::isLetter;
            case "LOWERCASE": return Character::isLowerCase;
            case "UPPERCASE": return Character::isUpperCase;
            case "TITLECASE": return Character::isTitleCase;
            case "PUNCTUATION": return ch -> (PUNCTUATION >> Character.getType(ch) & 1) != 0;
            case "WHITESPACE": return CharPredicate::unicodeWhiteSpace;
            case "DIGIT": return Character::isDigit;
            case "JOINCONTROL": return ch -> ch == 0x200c || ch == 0x200d;
            case "NONCHARACTERCODEPOINT": return ch -> (ch & 0xfffe) == 0xfffe || (ch >= 0xfdd0 && ch <= 0xfdef);
            case "WORD": return CharPredicate::unicodeWord;
            default: return null;
        }
    }
}
