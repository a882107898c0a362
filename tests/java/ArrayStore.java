// Covariant arrays and ArrayStoreException messages; arraycopy type checks.
public class ArrayStore {
    public static void main(String[] args) {
        Object[] strs = new String[2];
        strs[0] = "ok";
        try { strs[1] = Integer.valueOf(1); } catch (ArrayStoreException e) { System.out.println("1: " + e.getMessage()); }
        Number[] nums = new Integer[1];
        try { nums[0] = 1.5; } catch (ArrayStoreException e) { System.out.println("2: " + e.getMessage()); }
        Object[][] grid = new String[2][2];
        try { grid[0] = new Integer[1]; } catch (ArrayStoreException e) { System.out.println("3: " + e.getMessage()); }
        strs[1] = null;
        System.out.println("null store ok " + strs[1]);
        Object[] objs = new Object[]{"a", 1};
        String[] dst = new String[2];
        try { System.arraycopy(objs, 0, dst, 0, 2); } catch (ArrayStoreException e) { System.out.println("4: " + e.getMessage() + " dst0=" + dst[0]); }
        try { System.arraycopy(new int[1], 0, new long[1], 0, 1); } catch (ArrayStoreException e) { System.out.println("5: " + e.getMessage()); }
        try { System.arraycopy("notarray", 0, dst, 0, 1); } catch (ArrayStoreException e) { System.out.println("6: " + e.getMessage()); }
        Comparable[] cs = new String[1];
        cs[0] = "fine";
        System.out.println(cs[0] + " " + cs.getClass().getName());
    }
}
