// while, do-while, for, for-each, break/continue, labeled break/continue on nested loops.
public class Loops {
    public static void main(String[] args) {
        int i = 0, s = 0;
        while (i < 10) { s += i; i++; }
        System.out.println("while " + s);
        do { s -= 3; } while (s > 0);
        System.out.println("do " + s);
        do { s++; } while (false);
        System.out.println("do once " + s);
        for (int a = 0, b = 10; a < b; a++, b--) System.out.print(a + ":" + b + " ");
        System.out.println();
        outer:
        for (int a = 0; a < 5; a++) {
            for (int b = 0; b < 5; b++) {
                if (b == 3) continue outer;
                if (a == 3) break outer;
                System.out.print(a * 10 + b + " ");
            }
        }
        System.out.println();
        int found = -1;
        search:
        for (int a = 2; a < 100; a++) {
            for (int b = 2; b * b <= a; b++) if (a % b == 0) continue search;
            if (a > 90) { found = a; break search; }
        }
        System.out.println("prime > 90: " + found);
        int count = 0;
        block: {
            for (int k = 0; k < 100; k++) { count++; if (k == 7) break block; }
            count = -1000;
        }
        System.out.println("block " + count);
        int[] arr = {3, 1, 4, 1, 5, 9, 2, 6};
        int max = Integer.MIN_VALUE;
        for (int v : arr) { if (v == 1) continue; max = Math.max(max, v); }
        System.out.println("max " + max);
        for (;;) { if (++count > 20) break; }
        System.out.println("for(;;) " + count);
        int n = 27, steps = 0;
        while (n != 1) { n = (n % 2 == 0) ? n / 2 : 3 * n + 1; steps++; }
        System.out.println("collatz " + steps);
        long total = 0;
        for (int a = 0; a < 60; a++) for (int b = 0; b < 60; b++) for (int c = 0; c < 60; c++) total += (a ^ b ^ c) & 7;
        System.out.println("triple " + total);
    }
}
