// Prints the properties and environment variables named on its command line
// ("prop:NAME" or "env:NAME"), escaping control characters.
public class PProps {
    static String show(String s) {
        if (s == null)
            return "null";
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray())
            b.append(c < ' ' ? "\\" + (int) c : String.valueOf(c));
        return b.toString();
    }

    public static void main(String[] args) {
        for (String a : args) {
            if (a.startsWith("prop:"))
                System.out.println(a + "=" + show(System.getProperty(a.substring(5))));
            else if (a.startsWith("env:"))
                System.out.println(a + "=" + show(System.getenv(a.substring(4))));
        }
    }
}
