// main with no arguments gets an empty array, not null.
public class NoArgs {
    public static void main(String[] args) {
        System.out.println((args != null) + " " + args.length + " " + args.getClass().getName());
    }
}
