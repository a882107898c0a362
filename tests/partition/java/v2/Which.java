// Which of two class path entries won: v2.
public class Which {
    public static void main(String[] args) {
        System.out.println("Which from v2");
    }
}
