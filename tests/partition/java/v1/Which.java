// Which of two class path entries won: v1.
import lib.Helper;

public class Which {
    public static void main(String[] args) {
        System.out.println("Which from v1, helper says " + Helper.say());
    }
}
