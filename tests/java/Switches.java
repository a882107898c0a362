// tableswitch and lookupswitch: dense, sparse, negative, extreme keys, fall-through.
public class Switches {
    static String dense(int x) {
        switch (x) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            default: return "other";
        }
    }
    static String sparse(int x) {
        switch (x) {
            case -1000000: return "-1M";
            case -5: return "-5";
            case 10: return "10";
            case 1000: return "1000";
            case Integer.MAX_VALUE: return "MAX";
            case Integer.MIN_VALUE: return "MIN";
            default: return "none";
        }
    }
    static int negative(int x) {
        switch (x) {
            case -3: return 30;
            case -2: return 20;
            case -1: return 10;
            case 0: return 0;
            default: return -99;
        }
    }
    static String fall(int x) {
        StringBuilder sb = new StringBuilder();
        switch (x) {
            case 1: sb.append("a");
            case 2: sb.append("b");
            case 3: sb.append("c"); break;
            case 4: sb.append("d");
            default: sb.append("z");
        }
        return sb.toString();
    }
    static int chars(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u': return 1;
            case 'y': return 2;
            default: return 0;
        }
    }
    public static void main(String[] args) {
        for (int i = -2; i <= 6; i++) System.out.print(dense(i) + " ");
        System.out.println();
        int[] keys = {-1000000, -5, 10, 1000, Integer.MAX_VALUE, Integer.MIN_VALUE, 0, 11, -4};
        for (int k : keys) System.out.print(sparse(k) + " ");
        System.out.println();
        for (int i = -5; i <= 2; i++) System.out.print(negative(i) + " ");
        System.out.println();
        for (int i = 0; i <= 5; i++) System.out.print(fall(i) + " ");
        System.out.println();
        int v = 0;
        for (char c = 'a'; c <= 'z'; c++) v = v * 3 + chars(c);
        System.out.println(v);
        byte b = -1;
        switch (b) { case -1: System.out.println("byte -1"); break; default: System.out.println("?"); }
        long big = 5;
        switch ((int) big) { case 5: System.out.println("five"); }
    }
}
