// switch expressions on int and char with arrows, blocks, yield, nested switches.
public class SwitchExpr {
    static String kind(int n) {
        return switch (n % 4) {
            case 0 -> "zero";
            case 1, -1 -> "one";
            case 2, -2 -> {
                String s = "tw";
                yield s + "o";
            }
            default -> "three";
        };
    }
    static int nested(int a, int b) {
        return switch (a) {
            case 1 -> switch (b) { case 1 -> 11; case 2 -> 12; default -> 10; };
            case 2 -> switch (b) { case 1 -> 21; default -> 20; };
            default -> 0;
        };
    }
    static int old(char c) {
        int r = switch (c) {
            case 'x': yield 1;
            case 'y': yield 2;
            default: yield c;
        };
        return r;
    }
    public static void main(String[] args) {
        for (int i = -5; i <= 5; i++) System.out.print(kind(i) + " ");
        System.out.println();
        for (int a = 0; a <= 3; a++) for (int b = 0; b <= 3; b++) System.out.print(nested(a, b) + " ");
        System.out.println();
        System.out.println(old('x') + " " + old('y') + " " + old('z'));
    }
}
