// Name shadowing between locals, fields, outer fields and inner classes; Outer.this.
public class InnerShadowing {
    int x = 1;
    static int s = 10;
    class Inner {
        int x = 2;
        void show(int x) {
            System.out.println(x + " " + this.x + " " + InnerShadowing.this.x + " " + s);
            InnerShadowing.this.x++;
        }
        class Innermost { int x = 3; void show() { System.out.println(x + " " + Inner.this.x + " " + InnerShadowing.this.x); } }
    }
    static class Nested { static int s = 20; int get() { return s + InnerShadowing.s; } }
    public static void main(String[] args) {
        InnerShadowing o = new InnerShadowing();
        Inner in = o.new Inner();
        in.show(0);
        in.new Innermost().show();
        System.out.println(new Nested().get());
        int x = 5;
        Runnable r = () -> System.out.println("lambda sees local " + x + " field " + o.x);
        r.run();
        Runnable anon = new Runnable() { int x = 6; public void run() { System.out.println("anon sees own " + this.x); } };
        anon.run();
    }
}
