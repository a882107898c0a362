// Hello: start-up.  The smallest program, timed as a whole process.
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, world!");
    }
}
