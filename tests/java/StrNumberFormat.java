// NumberFormatException messages of Integer/Long/Short/Byte parsing (bad digits, empty,
// null, radix out of range, overflow, lone signs), decode, parseUnsignedInt, valueOf, and
// Double/Float parsing ("empty String", "For input string", accepted odd forms).
public class StrNumberFormat {
    interface Act { Object run(); }

    static void t(String what, Act a) {
        try {
            System.out.println(what + " = " + a.run());
        } catch (NumberFormatException e) {
            System.out.println(what + " ! " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        t("parseInt abc", () -> Integer.parseInt("abc"));
        t("parseInt empty", () -> Integer.parseInt(""));
        t("parseInt null", () -> Integer.parseInt(null));
        t("parseInt +", () -> Integer.parseInt("+"));
        t("parseInt -", () -> Integer.parseInt("-"));
        t("parseInt +5", () -> Integer.parseInt("+5"));
        t("parseInt -0", () -> Integer.parseInt("-0"));
        t("parseInt 2147483648", () -> Integer.parseInt("2147483648"));
        t("parseInt -2147483648", () -> Integer.parseInt("-2147483648"));
        t("parseInt -2147483649", () -> Integer.parseInt("-2147483649"));
        t("parseInt ' 1'", () -> Integer.parseInt(" 1"));
        t("parseInt 1.0", () -> Integer.parseInt("1.0"));
        t("parseInt ff,16", () -> Integer.parseInt("ff", 16));
        t("parseInt FF,16", () -> Integer.parseInt("-FF", 16));
        t("parseInt zz,36", () -> Integer.parseInt("zz", 36));
        t("parseInt 12,37", () -> Integer.parseInt("12", 37));
        t("parseInt 1,1", () -> Integer.parseInt("1", 1));
        t("parseInt 102,2", () -> Integer.parseInt("102", 2));
        t("parseInt fullwidth digits", () -> Integer.parseInt("\uFF11\uFF12"));
        t("parseInt arabic-indic", () -> Integer.parseInt("\u0663\u0664"));
        t("parseInt substring", () -> Integer.parseInt("xx123yy", 2, 5, 10));
        t("parseLong 9223372036854775808", () -> Long.parseLong("9223372036854775808"));
        t("parseLong 12L", () -> Long.parseLong("12L"));
        t("parseLong -ff,16", () -> Long.parseLong("-7fffffffffffffff", 16));
        t("parseShort 40000", () -> Short.parseShort("40000"));
        t("parseByte 128", () -> Byte.parseByte("128"));
        t("parseByte -80,16", () -> Byte.parseByte("-80", 16));
        t("valueOf x", () -> Integer.valueOf("x"));
        t("decode 0x1F", () -> Integer.decode("0x1F"));
        t("decode #ff", () -> Integer.decode("-#ff"));
        t("decode 010", () -> Integer.decode("010"));
        t("decode 08", () -> Integer.decode("08"));
        t("decode empty", () -> Integer.decode(""));
        t("decode 0x", () -> Integer.decode("0x"));
        t("decode --1", () -> Integer.decode("--1"));
        t("Long.decode 0X8000000000000000", () -> Long.decode("-0X8000000000000000"));
        t("parseUnsignedInt 4294967295", () -> Integer.parseUnsignedInt("4294967295"));
        t("parseUnsignedInt 4294967296", () -> Integer.parseUnsignedInt("4294967296"));
        t("parseUnsignedInt -1", () -> Integer.parseUnsignedInt("-1"));
        t("parseUnsignedLong 18446744073709551615", () -> Long.parseUnsignedLong("18446744073709551615"));
        t("parseUnsignedLong 18446744073709551616", () -> Long.parseUnsignedLong("18446744073709551616"));
        t("parseDouble empty", () -> Double.parseDouble(""));
        t("parseDouble blank", () -> Double.parseDouble("   "));
        t("parseDouble abc", () -> Double.parseDouble("abc"));
        t("parseDouble ' 1.5 '", () -> Double.parseDouble(" 1.5 "));
        t("parseDouble 1.5f", () -> Double.parseDouble("1.5f"));
        t("parseDouble 1.5d", () -> Double.parseDouble("1.5D"));
        t("parseDouble .5", () -> Double.parseDouble(".5"));
        t("parseDouble 5.", () -> Double.parseDouble("5."));
        t("parseDouble .", () -> Double.parseDouble("."));
        t("parseDouble 1e", () -> Double.parseDouble("1e"));
        t("parseDouble 1e+", () -> Double.parseDouble("1e+"));
        t("parseDouble -Infinity", () -> Double.parseDouble("-Infinity"));
        t("parseDouble inf", () -> Double.parseDouble("inf"));
        t("parseDouble NaN", () -> Double.parseDouble("NaN"));
        t("parseDouble nan", () -> Double.parseDouble("nan"));
        t("parseDouble 0x1p4", () -> Double.parseDouble("0x1p4"));
        t("parseDouble 0x1.8", () -> Double.parseDouble("0x1.8"));
        t("parseDouble 1,5", () -> Double.parseDouble("1,5"));
        t("parseDouble 1_000", () -> Double.parseDouble("1_000"));
        t("parseFloat 1e39", () -> Float.parseFloat("1e39"));
        t("parseFloat x", () -> Float.parseFloat("x"));
        t("Double.valueOf ++1", () -> Double.valueOf("++1"));
        try { Double.parseDouble(null); } catch (NullPointerException e) { System.out.println("parseDouble null: NPE"); }
        t("new Integer-style toString round trip", () -> Integer.parseInt(Integer.toString(Integer.MIN_VALUE, 7), 7));
    }
}
