package java.nio.charset;

import java.util.Objects;

/**
 * A named character encoding.  The supported ones are UTF-8, ISO-8859-1,
 * US-ASCII and the UTF-16 forms; the conversions themselves live in
 * java.lang.String (encode/decode by canonical name), reached through
 * the package-private bridge in this class.
 */
public abstract class Charset implements Comparable<Charset> {
    private final String name;
    private final String[] aliases;

    protected Charset(String canonicalName, String[] aliases) {
        this.name = Objects.requireNonNull(canonicalName);
        this.aliases = aliases == null ? new String[0] : aliases.clone();
    }

    private static final class Builtin extends Charset {
        Builtin(String name) {
            super(name, null);
        }
    }

    static final Charset UTF_8 = new Builtin("UTF-8");
    static final Charset ISO_8859_1 = new Builtin("ISO-8859-1");
    static final Charset US_ASCII = new Builtin("US-ASCII");
    static final Charset UTF_16 = new Builtin("UTF-16");
    static final Charset UTF_16BE = new Builtin("UTF-16BE");
    static final Charset UTF_16LE = new Builtin("UTF-16LE");

    /* Charset names are ASCII: upper-casing one needs no Unicode tables
     * (String.toUpperCase loads CharacterData, 170 KB, and every JVM start
     * looks a charset up for System.out). */
    private static String asciiUpper(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++)
            if (c[i] >= 'a' && c[i] <= 'z')
                c[i] -= 'a' - 'A';
        return new String(c);
    }

    private static Charset lookup(String charsetName) {
        if (charsetName == null)
            throw new IllegalArgumentException("Null charset name");
        String n = asciiUpper(charsetName).replace('_', '-');
        switch (n) {
        case "UTF-8": case "UTF8":
            return UTF_8;
        case "ISO-8859-1": case "ISO8859-1": case "LATIN1": case "ISO-LATIN-1": case "8859-1":
        case "L1": case "CP819": case "IBM819": case "ISO-IR-100": case "ISO8859-1:1987":
            return ISO_8859_1;
        case "US-ASCII": case "ASCII": case "US": case "ISO646-US": case "646": case "ASCII7":
        case "DEFAULT": case "CP367": case "IBM367": case "ANSI-X3.4-1968": case "ISO-646.IRV:1991":
            return US_ASCII;
        case "UTF-16": case "UTF16":
            return UTF_16;
        case "UTF-16BE": case "UNICODEBIGUNMARKED":
            return UTF_16BE;
        case "UTF-16LE": case "UNICODELITTLEUNMARKED":
            return UTF_16LE;
        default:
            return null;
        }
    }

    public static boolean isSupported(String charsetName) {
        return lookup(charsetName) != null;
    }

    public static Charset forName(String charsetName) {
        Charset cs = lookup(charsetName);
        if (cs == null)
            throw new UnsupportedCharsetException(charsetName);
        return cs;
    }

    private static Charset defaultCharset;

    public static Charset defaultCharset() {
        if (defaultCharset == null) {
            // Not cached until the property exists: early start-up may ask first.
            String enc = System.getProperty("file.encoding");
            if (enc == null)
                return UTF_8;
            Charset cs = lookup(enc);
            defaultCharset = cs != null ? cs : UTF_8;
        }
        return defaultCharset;
    }

    public final String name() {
        return name;
    }

    public String displayName() {
        return name;
    }

    public final boolean isRegistered() {
        return true;
    }

    public boolean canEncode() {
        return true;
    }

    public boolean contains(Charset cs) {
        return cs == this || this == UTF_8 || this == UTF_16 || this == UTF_16BE || this == UTF_16LE
                || (this == ISO_8859_1 && cs == US_ASCII);
    }

    @Override
    public final int compareTo(Charset that) {
        return name().compareToIgnoreCase(that.name());
    }

    @Override
    public final int hashCode() {
        return name().hashCode();
    }

    @Override
    public final boolean equals(Object ob) {
        if (this == ob)
            return true;
        if (!(ob instanceof Charset))
            return false;
        return name.equals(((Charset) ob).name());
    }

    @Override
    public final String toString() {
        return name;
    }
}
