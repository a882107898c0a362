// switch on enums (the $SwitchMap synthetic class), switch expressions, yield.
public class EnumSwitch {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }
    enum Op { ADD, SUB, MUL, DIV }
    static boolean weekend(Day d) {
        switch (d) {
            case SAT: case SUN: return true;
            default: return false;
        }
    }
    static int apply(Op op, int a, int b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> { if (b == 0) yield 0; yield a / b; }
        };
    }
    static int len(Day d) {
        int n = switch (d) {
            case MON, FRI, SUN -> 6;
            case TUE -> 7;
            case THU, SAT -> 8;
            case WED -> 9;
        };
        return n;
    }
    public static void main(String[] args) {
        for (Day d : Day.values()) System.out.println(d + " " + weekend(d) + " " + len(d));
        for (Op op : Op.values()) System.out.println(op + " " + apply(op, 12, 4) + " " + apply(op, 7, 0));
        Day x = null;
        try { weekend(x); } catch (NullPointerException e) { System.out.println("NPE"); }
    }
}
