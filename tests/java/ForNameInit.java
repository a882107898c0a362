// Class literals do not initialize a class; Class.forName does; arrays of it don't.
public class ForNameInit {
    static StringBuilder log = new StringBuilder();
    static class A { static { log.append("A "); } }
    static class B { static { log.append("B "); } }
    public static void main(String[] args) throws Exception {
        Class<?> a = A.class;
        log.append("literal ");
        A[] arr = new A[1];
        log.append("array ");
        Class<?> b = Class.forName("ForNameInit$B");
        log.append("forName ");
        Class<?> a2 = Class.forName("ForNameInit$A");
        System.out.println(log + " " + (a == a2) + " " + b.getName());
    }
}
