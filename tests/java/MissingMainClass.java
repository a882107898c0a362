// main: NoSuchMainClassAnywhere
// Running a main class that does not exist fails as the java launcher does.
public class MissingMainClass {
    public static void main(String[] args) { System.out.println("not this one"); }
}
