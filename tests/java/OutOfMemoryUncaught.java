// jvm: -Xmx16m
// An uncaught OutOfMemoryError ends the program with exit code 1.
public class OutOfMemoryUncaught {
    public static void main(String[] args) {
        Object[] keep = new Object[1000];
        for (int i = 0; i < keep.length; i++) keep[i] = new byte[1024 * 1024];
        System.out.println("not reached " + keep.length);
    }
}
