// Reading System.in in blocks with read(byte[], off, len) (StdinBulk.in) and checksumming.
public class StdinBulk {
    public static void main(String[] args) throws Exception {
        byte[] buf = new byte[64];
        long total = 0, hash = 0; int n;
        while ((n = System.in.read(buf, 0, buf.length)) > 0) {
            for (int i = 0; i < n; i++) hash = hash * 31 + (buf[i] & 0xFF);
            total += n;
        }
        System.out.println(total + " " + hash);
    }
}
