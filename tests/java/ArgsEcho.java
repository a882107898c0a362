// args: one "two words" 3 -x --flag= ""
// Command-line arguments reach main as given, including spaces and empty strings.
public class ArgsEcho {
    public static void main(String[] args) {
        System.out.println(args.length);
        for (int i = 0; i < args.length; i++) System.out.println(i + ": [" + args[i] + "] " + args[i].length());
    }
}
