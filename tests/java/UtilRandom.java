// java.util.Random gives the same sequences as the JDK for a seed: nextInt, nextInt(bound)
// for powers of two and other bounds (the rejection loop), nextLong, nextDouble,
// nextFloat, nextBoolean, nextGaussian, nextBytes, setSeed, ints/doubles streams.
import java.util.*;

public class UtilRandom {
    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(r.nextInt()).append(' ');
        System.out.println(sb.toString().trim());
        int[] bounds = {1, 2, 7, 10, 16, 100, 1 << 30, (1 << 30) + 1, Integer.MAX_VALUE, 1000000007};
        sb.setLength(0);
        for (int b : bounds) sb.append(r.nextInt(b)).append(' ');
        System.out.println(sb.toString().trim());
        sb.setLength(0);
        for (int i = 0; i < 4; i++) sb.append(r.nextLong()).append(' ');
        System.out.println(sb.toString().trim());
        sb.setLength(0);
        for (int i = 0; i < 4; i++) sb.append(r.nextDouble()).append(' ');
        System.out.println(sb.toString().trim());
        sb.setLength(0);
        for (int i = 0; i < 4; i++) sb.append(r.nextFloat()).append(' ');
        System.out.println(sb.toString().trim());
        sb.setLength(0);
        for (int i = 0; i < 10; i++) sb.append(r.nextBoolean() ? '1' : '0');
        System.out.println(sb);
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextGaussian()).append(' ');
        System.out.println(sb.toString().trim());
        byte[] bytes = new byte[11];
        r.nextBytes(bytes);
        System.out.println(Arrays.toString(bytes));
        r.setSeed(42);
        System.out.println("reseeded " + r.nextInt() + " " + new Random(42).nextInt());
        Random z = new Random(0), neg = new Random(-1), big = new Random(Long.MAX_VALUE);
        System.out.println(z.nextInt(10) + " " + z.nextLong() + " " + neg.nextDouble() + " " + big.nextGaussian() + " " + big.nextGaussian() + " " + big.nextInt(3));
        Random s = new Random(7);
        System.out.println(s.ints(6, 0, 50).boxed().toList() + " " + s.doubles(2).boxed().toList() + " " + s.longs(2, -5, 5).boxed().toList());
        System.out.println(s.ints(3).boxed().toList() + " " + s.nextInt(5, 10) + " " + s.nextLong(100) + " " + s.nextDouble(2.0, 3.0));
        try { r.nextInt(0); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { r.nextInt(-5); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        int[] hist = new int[6];
        Random d = new Random(2024);
        for (int i = 0; i < 6000; i++) hist[d.nextInt(6)]++;
        System.out.println(Arrays.toString(hist));
        double sum = 0, sq = 0;
        Random g = new Random(99);
        for (int i = 0; i < 2000; i++) { double x = g.nextGaussian(); sum += x; sq += x * x; }
        System.out.println(sum + " " + sq);
    }
}
