// BitSet: set/clear/flip over ranges, get, toString, cardinality, length, size,
// nextSetBit/nextClearBit/previousSetBit, and/or/xor/andNot, intersects, toLongArray,
// valueOf, stream, equals/hashCode; a sieve.
import java.util.*;

public class UtilBitSets {
    public static void main(String[] args) {
        BitSet b = new BitSet();
        System.out.println(b + " " + b.length() + " " + b.size() + " " + b.isEmpty() + " " + b.cardinality());
        b.set(3); b.set(64); b.set(10, 15); b.flip(12); b.set(200, false);
        System.out.println(b + " " + b.length() + " " + b.size() + " " + b.cardinality() + " " + b.get(12) + " " + b.get(13));
        System.out.println(b.nextSetBit(0) + " " + b.nextSetBit(15) + " " + b.nextSetBit(65) + " " + b.nextClearBit(10) + " " + b.previousSetBit(63) + " " + b.previousClearBit(14));
        BitSet c = new BitSet(128);
        c.set(0, 20, true);
        BitSet and = (BitSet) b.clone(); and.and(c);
        BitSet or = (BitSet) b.clone(); or.or(c);
        BitSet xor = (BitSet) b.clone(); xor.xor(c);
        BitSet andNot = (BitSet) b.clone(); andNot.andNot(c);
        System.out.println(and + " " + or.cardinality() + " " + xor + " " + andNot + " " + b.intersects(c) + " " + andNot.intersects(c));
        System.out.println(Arrays.toString(b.toLongArray()) + " " + Arrays.toString(b.toByteArray()) + " " + BitSet.valueOf(new long[]{5L, 1L}) + " " + BitSet.valueOf(new byte[]{(byte) 0x81}));
        System.out.println(b.get(10, 14) + " " + b.stream().sum() + " " + b.hashCode() + " " + b.equals(BitSet.valueOf(b.toLongArray())));
        b.clear(64);
        b.clear(0, 11);
        System.out.println(b + " " + b.length());
        try { b.set(-1); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { b.set(5, 2); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        int n = 2000;
        BitSet comp = new BitSet(n);
        for (int i = 2; i * i < n; i++)
            if (!comp.get(i)) for (int j = i * i; j < n; j += i) comp.set(j);
        comp.set(0); comp.set(1);
        BitSet primes = new BitSet();
        primes.set(0, n);
        primes.andNot(comp);
        System.out.println(primes.cardinality() + " " + primes.previousSetBit(n) + " " + primes.get(1999) + " " + primes.nextSetBit(1000));
    }
}
