// Prints its arguments; exits with the code given as the first one.
public class PArgs {
    public static void main(String[] args) {
        System.out.println(args.length + " args");
        for (String a : args)
            System.out.println("[" + a + "]");
        if (args.length > 0 && !args[0].isEmpty() && Character.isDigit(args[0].charAt(0)))
            System.exit(Integer.parseInt(args[0]));
    }
}
