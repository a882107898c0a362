// The start-up benchmark's program: the smallest useful Java program.
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
