// Base64 against the JDK on random bytes (fixed seed): basic, URL, MIME and
// custom-MIME encoders with and without padding, and decoding of damaged or
// truncated text with the exception messages.
import java.util.*;
public class LibBase64Random {
    public static void main(String[] a) {
        Random r = new Random(5L);
        StringBuilder sb = new StringBuilder();
        Base64.Encoder[] encs = {Base64.getEncoder(), Base64.getUrlEncoder(), Base64.getMimeEncoder(), Base64.getEncoder().withoutPadding(), Base64.getMimeEncoder(8, new byte[]{'\n'})};
        Base64.Decoder[] decs = {Base64.getDecoder(), Base64.getUrlDecoder(), Base64.getMimeDecoder()};
        for (int i = 0; i < 200; i++) {
            byte[] b = new byte[r.nextInt(70)]; r.nextBytes(b);
            String e = encs[r.nextInt(encs.length)].encodeToString(b);
            sb.append(e.replace("\r", "\\r").replace("\n", "\\n")).append(' ');
            if (r.nextInt(3) == 0 && e.length() > 0) { char[] c = e.toCharArray(); c[r.nextInt(c.length)] = "=-_+/!\n A".charAt(r.nextInt(9)); e = new String(c); }
            if (r.nextInt(4) == 0 && e.length() > 0) e = e.substring(0, r.nextInt(e.length()));
            try { sb.append(Arrays.toString(decs[r.nextInt(decs.length)].decode(e))); } catch (IllegalArgumentException ex) { sb.append(ex.getMessage()); }
            sb.append('\n');
        }
        System.out.print(sb);
    }
}
