package java.util;

/**
 * A language/country/variant name, without locale data: the library
 * formats and maps case as the JDK does for ROOT and US whatever the
 * locale. The default is "en" (the JDK's under LANG=C.UTF-8), or the
 * user.language/user.country properties.
 */
public final class Locale implements Cloneable, java.io.Serializable {
    public static final Locale ROOT = new Locale("", "", "");
    public static final Locale ENGLISH = new Locale("en", "", "");
    public static final Locale US = new Locale("en", "US", "");
    public static final Locale UK = new Locale("en", "GB", "");
    public static final Locale CANADA = new Locale("en", "CA", "");
    public static final Locale FRENCH = new Locale("fr", "", "");
    public static final Locale FRANCE = new Locale("fr", "FR", "");
    public static final Locale GERMAN = new Locale("de", "", "");
    public static final Locale GERMANY = new Locale("de", "DE", "");
    public static final Locale ITALIAN = new Locale("it", "", "");
    public static final Locale ITALY = new Locale("it", "IT", "");
    public static final Locale JAPANESE = new Locale("ja", "", "");
    public static final Locale JAPAN = new Locale("ja", "JP", "");
    public static final Locale CHINESE = new Locale("zh", "", "");
    public static final Locale CHINA = new Locale("zh", "CN", "");

    public enum Category { DISPLAY, FORMAT }

    private static Locale defaultLocale;

    private final String language;
    private final String country;
    private final String variant;

    public Locale(String language, String country, String variant) {
        this.language = convertOldISOCodes(language.toLowerCase());
        this.country = country.toUpperCase();
        this.variant = Objects.requireNonNull(variant);
    }

    public Locale(String language, String country) {
        this(language, country, "");
    }

    public Locale(String language) {
        this(language, "", "");
    }

    private static String convertOldISOCodes(String language) {
        switch (language) {
            case "he": return "iw";
            case "yi": return "ji";
            case "id": return "in";
            default: return language;
        }
    }

    public static Locale getDefault() {
        Locale l = defaultLocale;
        if (l == null) {
            String lang = System.getProperty("user.language");
            String country = System.getProperty("user.country");
            l = new Locale(lang == null ? "en" : lang, country == null ? "" : country, "");
            defaultLocale = l;
        }
        return l;
    }

    public static Locale getDefault(Category category) {
        return getDefault();
    }

    public static void setDefault(Locale newLocale) {
        defaultLocale = Objects.requireNonNull(newLocale);
    }

    public static void setDefault(Category category, Locale newLocale) {
        setDefault(newLocale);
    }

    public static Locale of(String language) {
        return new Locale(language);
    }

    public static Locale forLanguageTag(String tag) {
        String[] parts = tag.replace('_', '-').split("-");
        if (parts.length == 0 || parts[0].equals("und"))
            return ROOT;
        return new Locale(parts[0], parts.length > 1 ? parts[1] : "", "");
    }

    public String getLanguage() {
        return language;
    }

    public String getCountry() {
        return country;
    }

    public String getVariant() {
        return variant;
    }

    public String toLanguageTag() {
        String lang = language.isEmpty() ? "und" : language;
        return country.isEmpty() ? lang : lang + "-" + country;
    }

    @Override
    public String toString() {
        boolean l = !language.isEmpty(), c = !country.isEmpty(), v = !variant.isEmpty();
        StringBuilder sb = new StringBuilder(language);
        if (c || (l && v))
            sb.append('_').append(country);
        if (v && (l || c))
            sb.append('_').append(variant);
        return sb.toString();
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj)
            return true;
        if (!(obj instanceof Locale))
            return false;
        Locale o = (Locale) obj;
        return language.equals(o.language) && country.equals(o.country) && variant.equals(o.variant);
    }

    @Override
    public int hashCode() {
        return (language.hashCode() * 31 + country.hashCode()) * 31 + variant.hashCode();
    }

    @Override
    public Object clone() {
        return this;
    }
}
