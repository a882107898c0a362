// Sieve of Eratosthenes with boolean[] and a bit set in long[]; prime counts and sums.
public class Sieve {
    public static void main(String[] args) {
        int n = 100000;
        boolean[] composite = new boolean[n + 1];
        int count = 0; long sum = 0;
        for (int i = 2; i <= n; i++) {
            if (composite[i]) continue;
            count++; sum += i;
            for (long j = (long) i * i; j <= n; j += i) composite[(int) j] = true;
        }
        System.out.println(count + " " + sum);
        long[] bits = new long[(n >> 6) + 1];
        int c2 = 0;
        for (int i = 2; i <= n; i++) {
            if ((bits[i >> 6] & (1L << i)) != 0) continue;
            c2++;
            for (int j = i * 2; j <= n; j += i) bits[j >> 6] |= 1L << j;
        }
        System.out.println(c2);
        int last = 0; for (int i = n; i > 1; i--) if (!composite[i]) { last = i; break; }
        System.out.println("largest " + last);
        int twins = 0; for (int i = 3; i + 2 <= n; i += 2) if (!composite[i] && !composite[i + 2]) twins++;
        System.out.println("twins " + twins);
    }
}
