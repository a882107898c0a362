// An uncaught NullPointerException with its helpful message on stderr's first line.
public class HelpfulNPEUncaught {
    String name;
    public static void main(String[] args) {
        HelpfulNPEUncaught h = new HelpfulNPEUncaught();
        System.out.println(h.name.length());
    }
}
