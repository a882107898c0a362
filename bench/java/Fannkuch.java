// fannkuch-redux: the Benchmarks Game's pancake flips over every permutation
// of 1..n.  Small int arrays, tight loops, array bounds checks, no allocation
// in the loop.  The checksum and the maximum flip count are the game's own.
// Usage: Fannkuch [n]
public class Fannkuch {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int[] perm = new int[n], perm1 = new int[n], count = new int[n];
        for (int i = 0; i < n; i++)
            perm1[i] = i;
        int maxFlips = 0, checksum = 0, permCount = 0, r = n;
        while (true) {
            while (r != 1) {
                count[r - 1] = r;
                r--;
            }
            for (int i = 0; i < n; i++)
                perm[i] = perm1[i];
            int flips = 0;
            for (int k = perm[0]; k != 0; k = perm[0]) {
                for (int i = 0, j = k; i < j; i++, j--) {
                    int t = perm[i];
                    perm[i] = perm[j];
                    perm[j] = t;
                }
                flips++;
            }
            if (flips > maxFlips)
                maxFlips = flips;
            checksum += (permCount & 1) == 0 ? flips : -flips;
            // Next permutation in the game's order: rotate the first r+1.
            while (true) {
                if (r == n) {
                    System.out.println(checksum);
                    System.out.print("Pfannkuchen(");
                    System.out.print(n);
                    System.out.print(") = ");
                    System.out.println(maxFlips);
                    return;
                }
                int first = perm1[0];
                for (int i = 0; i < r; i++)
                    perm1[i] = perm1[i + 1];
                perm1[r] = first;
                if (--count[r] > 0)
                    break;
                r++;
            }
            permCount++;
        }
    }
}
