// Double.parseDouble and Float.parseFloat must round correctly: halfway cases, long
// digit strings, values next to the subnormal and overflow boundaries, hex
// significands, and exponents far out of range; bits are printed in hex.
public class NumParseDouble {
    public static void main(String[] args) {
        String[] ins = {"0", "-0", "1", "0.1", "1e23", "8.41e21", "9007199254740993", "9007199254740993.0000000001", "9007199254740995", "1.7976931348623157e308", "1.7976931348623158e308",
                "1.7976931348623159e308", "2.2250738585072011e-308", "2.2250738585072012e-308", "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1e-400", "1e400", "-1e400",
                "0.30000000000000004", "0.3000000000000000444089209850062616169452667236328125", "123456789012345678901234567890", "0.000000000000000000000000000001", "1.00000000000000011102230246251565404236316680908203125",
                "1.00000000000000011102230246251565404236316680908203124", "1.00000000000000011102230246251565404236316680908203126", "3.141592653589793238462643383279", "0x1.fffffffffffffp1023", "0x0.0000000000001p-1022",
                "0x1p-1075", "0x1.8p-1074", "+1.5e+2", "1E0", "1e-0", "00000.000001e6", "2.5E-5", "6.02214076e23", "1." + "0".repeat(400) + "1", "0." + "0".repeat(330) + "1e330"};
        for (String s : ins) {
            double d = Double.parseDouble(s);
            System.out.println((s.length() > 60 ? s.substring(0, 30) + "...(" + s.length() + ")" : s) + " -> " + d + " " + Long.toHexString(Double.doubleToRawLongBits(d)));
        }
        String[] fs = {"0.1", "16777217", "16777219", "3.4028235e38", "3.4028236e38", "3.40282357e38", "1.4e-45", "7.0e-46", "7.1e-46", "1.17549435e-38", "0x1.fffffeP+127", "33554431", "0.333333343267"};
        for (String s : fs) {
            float f = Float.parseFloat(s);
            System.out.println("f " + s + " -> " + f + " " + Integer.toHexString(Float.floatToRawIntBits(f)));
        }
        long seed = 99;
        int bad = 0;
        for (int i = 0; i < 2000; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            long mant = (seed >>> 11) % 10000000000000000L;
            int exp = (int) ((seed >>> 3) % 600) - 300;
            String s = mant + "e" + exp;
            double viaBig = new java.math.BigDecimal(s).doubleValue();
            if (Double.parseDouble(s) != viaBig) bad++;
        }
        System.out.println("parse vs BigDecimal mismatches " + bad);
    }
}
