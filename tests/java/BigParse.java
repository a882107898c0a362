// Parsing BigInteger and BigDecimal from strings: signs, radixes, leading zeros,
// exponents, and the NumberFormatException messages for empty, malformed, embedded
// signs, bad radix and bad exponents.
import java.math.*;

public class BigParse {
    interface Act { Object run(); }

    static void t(String what, Act a) {
        try {
            System.out.println(what + " = " + a.run());
        } catch (NumberFormatException e) {
            System.out.println(what + " ! " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        t("BI 0042", () -> new BigInteger("0042"));
        t("BI -0", () -> new BigInteger("-0"));
        t("BI +17", () -> new BigInteger("+17"));
        t("BI empty", () -> new BigInteger(""));
        t("BI -", () -> new BigInteger("-"));
        t("BI 1-2", () -> new BigInteger("1-2"));
        t("BI 12a", () -> new BigInteger("12a"));
        t("BI space", () -> new BigInteger(" 12"));
        t("BI ff 16", () -> new BigInteger("-ff", 16));
        t("BI zz 36", () -> new BigInteger("zzzzzzzzzzzzzzzzzzzz", 36));
        t("BI 2 in radix 2", () -> new BigInteger("102", 2));
        t("BI radix 37", () -> new BigInteger("1", 37));
        t("BI valueOf", () -> BigInteger.valueOf(Long.MIN_VALUE));
        t("BI fullwidth", () -> new BigInteger("\uFF11\uFF10"));
        t("BD 1.5e3", () -> new BigDecimal("1.5e3"));
        t("BD -.5", () -> new BigDecimal("-.5"));
        t("BD 5.", () -> new BigDecimal("5."));
        t("BD +1.23E-10", () -> new BigDecimal("+1.23E-10"));
        t("BD 000.000100", () -> new BigDecimal("000.000100"));
        t("BD empty", () -> new BigDecimal(""));
        t("BD .", () -> new BigDecimal("."));
        t("BD 1e", () -> new BigDecimal("1e"));
        t("BD 1e+", () -> new BigDecimal("1e+"));
        t("BD 1.2.3", () -> new BigDecimal("1.2.3"));
        t("BD abc", () -> new BigDecimal("abc"));
        t("BD 1,5", () -> new BigDecimal("1,5"));
        t("BD NaN", () -> new BigDecimal("NaN"));
        t("BD 1e2147483648", () -> new BigDecimal("1e2147483648"));
        t("BD 1e-2147483647", () -> new BigDecimal("1e-2147483647").scale());
        t("BD from double NaN", () -> { try { return new BigDecimal(Double.NaN); } catch (NumberFormatException e) { return "NFE " + e.getMessage(); } });
        t("BD valueOf inf", () -> BigDecimal.valueOf(Double.POSITIVE_INFINITY));
        t("BD long digits", () -> new BigDecimal("3." + "14159".repeat(20)).precision());
    }
}
