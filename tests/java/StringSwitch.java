// switch on String, including hash collisions ("Aa" vs "BB") and default.
public class StringSwitch {
    static int code(String s) {
        switch (s) {
            case "Aa": return 1;
            case "BB": return 2;
            case "apple": return 3;
            case "": return 4;
            case "AaAa": return 5;
            case "BBBB": return 6;
            case "AaBB": return 7;
            default: return -1;
        }
    }
    static String arrow(String s) {
        return switch (s) {
            case "red", "green", "blue" -> "primary";
            case "black" -> "none";
            default -> { String t = "other:" + s.length(); yield t; }
        };
    }
    public static void main(String[] args) {
        String[] in = {"Aa", "BB", "apple", "", "AaAa", "BBBB", "AaBB", "BBAa", "pear", new String("apple")};
        for (String s : in) System.out.println("'" + s + "' hash " + s.hashCode() + " -> " + code(s));
        for (String s : new String[]{"red", "blue", "black", "purple", "x"}) System.out.println(s + " " + arrow(s));
        try {
            code(null);
        } catch (NullPointerException e) {
            System.out.println("NPE on null switch");
        }
    }
}
