// System.in with no input at all: read() returns -1 at once; available() is 0.
public class StdinEmpty {
    public static void main(String[] args) throws Exception {
        System.out.println(System.in.read());
        byte[] buf = new byte[10];
        System.out.println(System.in.read(buf, 0, 10));
    }
}
