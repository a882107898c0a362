// The smallest useful victim: truncated at every offset by the generator.
public class Tiny {
    public static void run() { System.out.println("Tiny ran"); }
}
