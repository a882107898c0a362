// A main class without a main method: the launcher's error, exit 1.
public class NoMainMethod {
    public static void notMain(String[] args) { System.out.println("wrong"); }
}
