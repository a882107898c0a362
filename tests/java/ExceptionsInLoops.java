// Exceptions thrown and caught inside loops many times, with continue/break in
// handlers, nested handler ranges, and rethrow on the last iteration.
public class ExceptionsInLoops {
    static int parse(String s) { return Integer.parseInt(s); }
    public static void main(String[] args) {
        String[] in = {"1", "x", "3", "", "5", "-", "7", "8a", "9"};
        int sum = 0, bad = 0;
        for (String s : in) {
            try { sum += parse(s); }
            catch (NumberFormatException e) { bad++; continue; }
            finally { sum += 1000; }
            sum += 1;
        }
        System.out.println(sum + " " + bad);
        int caught = 0;
        for (int i = 0; i < 2000; i++) {
            try { if (i % 3 == 0) throw new IllegalStateException(); if (i % 3 == 1) { int[] a = new int[1]; a[i] = 1; } }
            catch (IllegalStateException e) { caught++; }
            catch (ArrayIndexOutOfBoundsException e) { caught += 2; }
        }
        System.out.println(caught);
        int i = 0;
        try {
            while (true) {
                try { i++; if (i == 5) throw new RuntimeException("stop at " + i); }
                catch (IllegalArgumentException e) { System.out.println("never"); }
            }
        } catch (RuntimeException e) { System.out.println(e.getMessage()); }
        outer:
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                try { if (b == 1) throw new Exception("b1"); }
                catch (Exception e) { if (a == 1) break outer; continue outer; }
            }
        }
        System.out.println("done");
    }
}
