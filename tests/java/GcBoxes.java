// Boxed values allocated in loops (outside the caches), in Object arrays, and
// unboxed again after collections.
public class GcBoxes {
    public static void main(String[] args) {
        Object[] keep = new Object[300];
        for (int i = 0; i < 3000; i++) {
            Integer big = i + 1000;
            Long l = (long) i << 33;
            Double d = i / 4.0;
            keep[i % keep.length] = (i % 3 == 0) ? big : (i % 3 == 1) ? l : d;
        }
        long isum = 0; long lsum = 0; double dsum = 0;
        for (Object o : keep) { if (o instanceof Integer) isum += (Integer) o; else if (o instanceof Long) lsum += (Long) o; else dsum += (Double) o; }
        System.out.println(isum + " " + lsum + " " + dsum);
    }
}
