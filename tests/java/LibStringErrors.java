// Exception messages of String, StringBuilder and number parsing, which
// programs print and which differ between implementations.
public class LibStringErrors {
    interface Op { Object run() throws Exception; }

    static void t(String what, Op op) {
        try {
            System.out.println(what + ": " + op.run());
        } catch (Exception e) {
            System.out.println(what + ": " + e);
        }
    }

    public static void main(String[] args) {
        String s = "abc";
        t("charAt", () -> s.charAt(5));
        t("substring1", () -> s.substring(5));
        t("substring2", () -> s.substring(2, 1));
        t("codePointAt", () -> s.codePointAt(7));
        t("sb.charAt", () -> new StringBuilder("abc").charAt(7));
        t("sb.deleteCharAt", () -> new StringBuilder("abc").deleteCharAt(7));
        t("sb.insert", () -> new StringBuilder("abc").insert(7, "x"));
        t("sb.delete", () -> new StringBuilder("abc").delete(2, 1));
        t("sb.setLength", () -> { new StringBuilder("abc").setLength(-1); return null; });
        t("sb.replace", () -> new StringBuilder("abc").replace(4, 5, "x"));
        t("sb.append", () -> new StringBuilder("abc").append("abc", 1, 5));
        t("new String", () -> new String(new char[3], 1, 5));
        t("getChars", () -> { s.getChars(0, 5, new char[5], 0); return null; });
        t("repeat", () -> s.repeat(-1));
        t("parseInt x", () -> Integer.parseInt("x"));
        t("parseInt empty", () -> Integer.parseInt(""));
        t("parseInt null", () -> Integer.parseInt(null));
        t("parseInt big", () -> Integer.parseInt("99999999999"));
        t("parseInt radix", () -> Integer.parseInt("1", 40));
        t("parseInt hex", () -> Integer.parseInt("zz", 16));
        t("parseLong -", () -> Long.parseLong("-"));
        t("parseByte", () -> Byte.parseByte("300"));
        t("parseUnsignedInt", () -> Integer.parseUnsignedInt("-1"));
        t("parseUnsignedInt big", () -> Integer.parseUnsignedInt("4294967296"));
        t("parseUnsignedLong big", () -> Long.parseUnsignedLong("18446744073709551616"));
        t("parseUnsignedLong max", () -> Long.parseUnsignedLong("18446744073709551615"));
        t("decode 0x", () -> Integer.decode("0x"));
        t("decode min", () -> Integer.decode("-0x80000000"));
        t("decode sign", () -> Integer.decode("0x-1"));
        t("Short.decode", () -> Short.decode("0x10000"));
        t("parseDouble empty", () -> Double.parseDouble(""));
        t("parseFloat points", () -> Float.parseFloat("1.0.0"));
        t("toChars", () -> Character.toChars(-1));
        t("toString radix", () -> Integer.toString(255, 16) + " " + Integer.toString(-255, 2) + " " + Long.toString(Long.MIN_VALUE, 36));
        t("unsigned", () -> Integer.toUnsignedString(-1, 16) + " " + Long.toUnsignedString(-1) + " " + Long.toUnsignedString(-1, 7));
        t("bits", () -> Integer.toBinaryString(-8) + " " + Long.toOctalString(-1) + " " + Integer.bitCount(-1) + " "
                + Integer.reverse(1) + " " + Long.numberOfTrailingZeros(0) + " " + Integer.highestOneBit(-1));
        t("case", () -> "ÀÉÎõü ß ÿ µ".toUpperCase() + " " + "İSTANBUL ΣΑΣ".toLowerCase());
        t("compare", () -> "apple".compareTo("apricot") + " " + "a".compareToIgnoreCase("B") + " " + "é".compareTo("e"));
    }
}
