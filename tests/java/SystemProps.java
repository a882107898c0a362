// jvm: -Dplinth.test=hello -Dplinth.empty=
// System properties: -D values, defaults, separators, lineSeparator.
public class SystemProps {
    public static void main(String[] args) {
        System.out.println(System.getProperty("plinth.test") + " [" + System.getProperty("plinth.empty") + "] " + System.getProperty("plinth.absent"));
        System.out.println(System.getProperty("plinth.absent", "dflt") + " " + System.getProperty("plinth.test", "dflt"));
        System.out.println(System.getProperty("line.separator").equals("\n") + " " + System.lineSeparator().length() + " " + System.getProperty("file.separator") + " " + System.getProperty("path.separator"));
        System.setProperty("plinth.set", "v1");
        System.out.println(System.getProperty("plinth.set"));
        try { System.getProperty(null); } catch (NullPointerException e) { System.out.println("NPE"); }
        try { System.getProperty(""); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
    }
}
