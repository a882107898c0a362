// An uncaught NumberFormatException from Integer.parseInt on a program argument.
// args: 12 x7
public class StrNfeUncaught {
    public static void main(String[] args) {
        int sum = 0;
        for (String a : args) {
            sum += Integer.parseInt(a);
            System.out.println("sum " + sum);
        }
    }
}
