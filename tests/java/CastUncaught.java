// An uncaught ClassCastException: the first line of stderr carries JDK 17's message.
public class CastUncaught {
    public static void main(String[] args) {
        Object o = Integer.valueOf(5);
        String s = (String) o;
        System.out.println(s);
    }
}
