// clone of arrays (shallow) and of Cloneable objects; CloneNotSupportedException.
public class CloneTest {
    static class Pt implements Cloneable {
        int x; int[] data = {1, 2};
        Pt(int x) { this.x = x; }
        public Pt clone() { try { return (Pt) super.clone(); } catch (CloneNotSupportedException e) { throw new AssertionError(e); } }
    }
    static class NotCloneable {
        int v = 3;
        Object tryClone() throws CloneNotSupportedException { return super.clone(); }
    }
    static class Deep implements Cloneable {
        int[] data = {5, 6};
        protected Deep clone() throws CloneNotSupportedException { Deep d = (Deep) super.clone(); d.data = data.clone(); return d; }
    }
    public static void main(String[] args) throws Exception {
        Pt p = new Pt(7);
        Pt q = p.clone();
        System.out.println((p != q) + " " + q.x + " " + (p.data == q.data) + " " + (q.getClass() == Pt.class));
        q.x = 8; q.data[0] = 100;
        System.out.println(p.x + " " + p.data[0]);
        try { new NotCloneable().tryClone(); } catch (CloneNotSupportedException e) { System.out.println("CNSE: " + e.getMessage()); }
        Deep d = new Deep(); Deep e = d.clone(); e.data[0] = -1;
        System.out.println(d.data[0] + " " + e.data[0]);
        int[][] grid = {{1, 2}, {3, 4}};
        int[][] g2 = grid.clone();
        g2[0][0] = 99; g2[1] = new int[]{7};
        System.out.println(grid[0][0] + " " + grid[1].length + " " + g2[1].length);
        String[] s = {"a", "b"}; Object[] s2 = s.clone();
        System.out.println(s2.getClass().getName() + " " + s2[1]);
        long[] l = {1L << 60}; System.out.println(l.clone()[0]);
        double[] dd = new double[0]; System.out.println(dd.clone().length);
        char[] cc = {'o', 'k'}; System.out.println(new String(cc.clone()));
        boolean[] bb = {true}; System.out.println(bb.clone()[0]);
    }
}
