// Copies standard input to standard output byte for byte, then prints the
// byte count and a checksum on standard error.
import java.io.IOException;
import java.io.InputStream;

public class PCat {
    public static void main(String[] args) throws IOException {
        InputStream in = System.in;
        byte[] buf = new byte[args.length > 0 ? Integer.parseInt(args[0]) : 8192];
        long total = 0, sum = 0;
        for (int n; (n = in.read(buf)) > 0;) {
            System.out.write(buf, 0, n);
            for (int i = 0; i < n; i++)
                sum = sum * 31 + (buf[i] & 0xff);
            total += n;
        }
        System.out.flush();
        System.err.println(total + " bytes, sum " + sum);
    }
}
