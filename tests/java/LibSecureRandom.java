import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;

// SecureRandom: shapes, ranges and names only (its values are random).
public class LibSecureRandom {
    static boolean differ(SecureRandom a, SecureRandom b, int n) {
        byte[] x = new byte[n], y = new byte[n];
        a.nextBytes(x);
        b.nextBytes(y);
        return !Arrays.equals(x, y);
    }

    public static void main(String[] args) throws Exception {
        SecureRandom sr = new SecureRandom();
        System.out.println("is Random " + (sr instanceof Random));
        System.out.println("two instances differ " + differ(sr, new SecureRandom(), 32));
        System.out.println("seeded differ " + differ(new SecureRandom(new byte[] { 1, 2, 3 }),
                new SecureRandom(new byte[] { 1, 2, 3 }), 32));
        byte[] big = new byte[5000];
        sr.nextBytes(big);
        int zeros = 0;
        for (byte b : big)
            if (b == 0)
                zeros++;
        System.out.println("big not all zero " + (zeros < 1000));
        byte[] a = new byte[7], b = new byte[7];
        sr.nextBytes(a);
        sr.nextBytes(b);
        System.out.println("successive differ " + !Arrays.equals(a, b));
        sr.nextBytes(new byte[0]);
        boolean inRange = true;
        for (int i = 0; i < 1000; i++) {
            int v = sr.nextInt(17);
            long l = sr.nextLong(5, 9);
            double d = sr.nextDouble();
            if (v < 0 || v >= 17 || l < 5 || l >= 9 || d < 0 || d >= 1)
                inRange = false;
        }
        System.out.println("ranges " + inRange);
        boolean sawTrue = false, sawFalse = false;
        for (int i = 0; i < 200; i++)
            if (sr.nextBoolean()) sawTrue = true; else sawFalse = true;
        System.out.println("booleans both " + (sawTrue && sawFalse));
        System.out.println("generateSeed " + sr.generateSeed(20).length + " "
                + sr.generateSeed(0).length + " " + SecureRandom.getSeed(3).length);
        try {
            sr.generateSeed(-1);
            System.out.println("negative accepted");
        } catch (IllegalArgumentException e) {
            System.out.println("negative refused");
        }
        sr.setSeed(42L);
        sr.setSeed(new byte[] { 9, 9 });
        SecureRandom s2 = new SecureRandom();
        s2.setSeed(42L);
        System.out.println("setSeed mixes in " + differ(sr, s2, 32));
        for (String alg : new String[] { "NativePRNG", "NativePRNGNonBlocking", "SHA1PRNG", "DRBG" }) {
            SecureRandom g = SecureRandom.getInstance(alg);
            byte[] out = new byte[16];
            g.nextBytes(out);
            System.out.println("getInstance " + alg + " -> " + g.getAlgorithm() + " "
                    + differ(g, SecureRandom.getInstance(alg), 32));
        }
        System.out.println("any case " + SecureRandom.getInstance("nativeprng").getAlgorithm());
        System.out.println("strong " + (SecureRandom.getInstanceStrong().nextInt(3) < 3));
        for (String alg : new String[] { "MD5", "NativePRNG2", "" }) {
            try {
                SecureRandom.getInstance(alg);
                System.out.println("accepted " + alg);
            } catch (NoSuchAlgorithmException e) {
                System.out.println(e);
                System.out.println("is GeneralSecurityException "
                        + (e instanceof java.security.GeneralSecurityException));
            }
        }
        UUID u = UUID.randomUUID(), v = UUID.randomUUID();
        System.out.println("uuid version " + u.version() + " variant " + u.variant()
                + " differ " + !u.equals(v) + " length " + u.toString().length());
    }
}
