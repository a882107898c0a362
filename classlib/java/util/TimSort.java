package java.util;

/**
 * The stable object sort behind Arrays.sort(Object[]), List.sort,
 * Collections.sort and Stream.sorted: Tim Peters' adaptive merge sort
 * (listsort.txt).  It finds the runs already in the input (reversing
 * strictly descending ones), extends short runs by binary insertion, and
 * merges them under the run-stack invariant of de Gouw et al.'s fix, with
 * galloping when one run keeps winning.  Comparator calls are what cost
 * here (each is an interface call, often a chain of them), so every step
 * is chosen to save comparisons rather than moves.
 */
final class TimSort {
    /** Below this an array is one binary-inserted run. */
    private static final int MIN_MERGE = 32;
    /** Wins in a row before a merge switches to galloping. */
    private static final int MIN_GALLOP = 7;
    /** Run lengths grow at least like Fibonacci from 16: 2^31 needs under 50. */
    private static final int MAX_RUNS = 50;

    private final Object[] a;
    private final Comparator<Object> c;
    private final int n;
    private int minGallop = MIN_GALLOP;
    private Object[] tmp;
    private final int[] runBase = new int[MAX_RUNS];
    private final int[] runLen = new int[MAX_RUNS];
    private int stackSize;

    private TimSort(Object[] a, Comparator<Object> c, int n) {
        this.a = a;
        this.c = c;
        this.n = n;
    }

    static void sort(Object[] a, int lo, int hi, Comparator<Object> c) {
        int remaining = hi - lo;
        if (remaining < 2)
            return;
        if (remaining < MIN_MERGE) {
            int run = countRunAndMakeAscending(a, lo, hi, c);
            binaryInsertionSort(a, lo, hi, lo + run, c);
            return;
        }
        TimSort ts = new TimSort(a, c, remaining);
        int minRun = minRunLength(remaining);
        do {
            int run = countRunAndMakeAscending(a, lo, hi, c);
            if (run < minRun) {
                int force = Math.min(remaining, minRun);
                binaryInsertionSort(a, lo, lo + force, lo + run, c);
                run = force;
            }
            ts.runBase[ts.stackSize] = lo;
            ts.runLen[ts.stackSize] = run;
            ts.stackSize++;
            ts.mergeCollapse();
            lo += run;
            remaining -= run;
        } while (remaining != 0);
        ts.mergeForceCollapse();
    }

    /** Sorts a[lo, hi) whose prefix a[lo, start) is already sorted. */
    private static void binaryInsertionSort(Object[] a, int lo, int hi, int start, Comparator<Object> c) {
        for (int i = start; i < hi; i++) {
            Object pivot = a[i];
            int left = lo, right = i;
            // Rightmost place, so that equal elements keep their order.
            while (left < right) {
                int mid = (left + right) >>> 1;
                if (c.compare(pivot, a[mid]) < 0)
                    right = mid;
                else
                    left = mid + 1;
            }
            System.arraycopy(a, left, a, left + 1, i - left);
            a[left] = pivot;
        }
    }

    /**
     * The length of the run at lo, made ascending.  Only strictly
     * descending runs are reversed: reversing equal elements would break
     * stability.
     */
    private static int countRunAndMakeAscending(Object[] a, int lo, int hi, Comparator<Object> c) {
        int runHi = lo + 1;
        if (runHi == hi)
            return 1;
        if (c.compare(a[runHi++], a[lo]) < 0) {
            while (runHi < hi && c.compare(a[runHi], a[runHi - 1]) < 0)
                runHi++;
            for (int i = lo, j = runHi - 1; i < j; i++, j--) {
                Object t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
        } else {
            while (runHi < hi && c.compare(a[runHi], a[runHi - 1]) >= 0)
                runHi++;
        }
        return runHi - lo;
    }

    /** A run length in [16, 32] that splits n into a power of two of runs, or a bit under. */
    private static int minRunLength(int n) {
        int r = 0;
        while (n >= MIN_MERGE) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /**
     * Merges until, from the top of the stack, each run is longer than the
     * next two together and than the next one: lengths then grow fast
     * enough to bound the stack, and merges stay balanced.
     */
    private void mergeCollapse() {
        while (stackSize > 1) {
            int i = stackSize - 2;
            if ((i > 0 && runLen[i - 1] <= runLen[i] + runLen[i + 1])
                    || (i > 1 && runLen[i - 2] <= runLen[i - 1] + runLen[i])) {
                if (runLen[i - 1] < runLen[i + 1])
                    i--;
            } else if (runLen[i] > runLen[i + 1]) {
                break;
            }
            mergeAt(i);
        }
    }

    private void mergeForceCollapse() {
        while (stackSize > 1) {
            int i = stackSize - 2;
            if (i > 0 && runLen[i - 1] < runLen[i + 1])
                i--;
            mergeAt(i);
        }
    }

    /** Merges runs i and i + 1 of the stack. */
    private void mergeAt(int i) {
        int base1 = runBase[i], len1 = runLen[i];
        int base2 = runBase[i + 1], len2 = runLen[i + 1];
        runLen[i] = len1 + len2;
        if (i == stackSize - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
        }
        stackSize--;

        // Run 1's elements not above run 2's first, and run 2's not below
        // run 1's last, are already in place.
        int k = gallopRight(a[base2], a, base1, len1, 0, c);
        base1 += k;
        len1 -= k;
        if (len1 == 0)
            return;
        len2 = gallopLeft(a[base1 + len1 - 1], a, base2, len2, len2 - 1, c);
        if (len2 == 0)
            return;
        if (len1 <= len2)
            mergeLo(base1, len1, base2, len2);
        else
            mergeHi(base1, len1, base2, len2);
    }

    /**
     * Where key goes in the sorted a[base, base + len): the k with
     * a[base + k - 1] < key <= a[base + k] (before any equal elements).
     * Gallops from hint (1, 3, 7, ... away), then searches the last gap.
     */
    private static int gallopLeft(Object key, Object[] a, int base, int len, int hint, Comparator<Object> c) {
        int lastOfs = 0, ofs = 1;
        if (c.compare(key, a[base + hint]) > 0) {
            int maxOfs = len - hint;
            while (ofs < maxOfs && c.compare(key, a[base + hint + ofs]) > 0) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0)
                    ofs = maxOfs;
            }
            if (ofs > maxOfs)
                ofs = maxOfs;
            lastOfs += hint;
            ofs += hint;
        } else {
            int maxOfs = hint + 1;
            while (ofs < maxOfs && c.compare(key, a[base + hint - ofs]) <= 0) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0)
                    ofs = maxOfs;
            }
            if (ofs > maxOfs)
                ofs = maxOfs;
            int t = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - t;
        }
        // a[base + lastOfs] < key <= a[base + ofs]
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >>> 1);
            if (c.compare(key, a[base + m]) > 0)
                lastOfs = m + 1;
            else
                ofs = m;
        }
        return ofs;
    }

    /** As gallopLeft, but after any equal elements: a[base + k - 1] <= key < a[base + k]. */
    private static int gallopRight(Object key, Object[] a, int base, int len, int hint, Comparator<Object> c) {
        int lastOfs = 0, ofs = 1;
        if (c.compare(key, a[base + hint]) < 0) {
            int maxOfs = hint + 1;
            while (ofs < maxOfs && c.compare(key, a[base + hint - ofs]) < 0) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0)
                    ofs = maxOfs;
            }
            if (ofs > maxOfs)
                ofs = maxOfs;
            int t = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - t;
        } else {
            int maxOfs = len - hint;
            while (ofs < maxOfs && c.compare(key, a[base + hint + ofs]) >= 0) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0)
                    ofs = maxOfs;
            }
            if (ofs > maxOfs)
                ofs = maxOfs;
            lastOfs += hint;
            ofs += hint;
        }
        // a[base + lastOfs] <= key < a[base + ofs]
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >>> 1);
            if (c.compare(key, a[base + m]) < 0)
                ofs = m;
            else
                lastOfs = m + 1;
        }
        return ofs;
    }

    /** Room for a merge's smaller run: never more than half the array. */
    private Object[] tmp(int len) {
        if (tmp == null || tmp.length < len)
            tmp = new Object[Math.max(len, Math.min(n >>> 1, 256))];
        return tmp;
    }

    private static IllegalArgumentException contract() {
        return new IllegalArgumentException("Comparison method violates its general contract!");
    }

    /**
     * Merges run 1 (the shorter) into place from the left, through tmp.
     * On entry run 2's first element goes before run 1's first, and run 1's
     * last after all of run 2.
     */
    private void mergeLo(int base1, int len1, int base2, int len2) {
        Object[] t = tmp(len1);
        System.arraycopy(a, base1, t, 0, len1);
        int c1 = 0, c2 = base2, dest = base1;
        a[dest++] = a[c2++];
        if (--len2 == 0) {
            System.arraycopy(t, c1, a, dest, len1);
            return;
        }
        if (len1 == 1) {
            System.arraycopy(a, c2, a, dest, len2);
            a[dest + len2] = t[c1];
            return;
        }
        int mg = minGallop;
        outer:
        while (true) {
            int count1 = 0, count2 = 0;
            do {
                if (c.compare(a[c2], t[c1]) < 0) {
                    a[dest++] = a[c2++];
                    count2++;
                    count1 = 0;
                    if (--len2 == 0)
                        break outer;
                } else {
                    a[dest++] = t[c1++];
                    count1++;
                    count2 = 0;
                    if (--len1 == 1)
                        break outer;
                }
            } while ((count1 | count2) < mg);
            do {
                count1 = gallopRight(a[c2], t, c1, len1, 0, c);
                if (count1 != 0) {
                    System.arraycopy(t, c1, a, dest, count1);
                    dest += count1;
                    c1 += count1;
                    len1 -= count1;
                    if (len1 <= 1)
                        break outer;
                }
                a[dest++] = a[c2++];
                if (--len2 == 0)
                    break outer;
                count2 = gallopLeft(t[c1], a, c2, len2, 0, c);
                if (count2 != 0) {
                    System.arraycopy(a, c2, a, dest, count2);
                    dest += count2;
                    c2 += count2;
                    len2 -= count2;
                    if (len2 == 0)
                        break outer;
                }
                a[dest++] = t[c1++];
                if (--len1 == 1)
                    break outer;
                mg--;
            } while (count1 >= MIN_GALLOP || count2 >= MIN_GALLOP);
            if (mg < 0)
                mg = 0;
            mg += 2; // galloping stopped paying: make it harder to enter again
        }
        minGallop = mg < 1 ? 1 : mg;
        if (len1 == 1) {
            System.arraycopy(a, c2, a, dest, len2);
            a[dest + len2] = t[c1];
        } else if (len1 == 0) {
            throw contract(); // run 1's last was not above run 2 after all
        } else {
            System.arraycopy(t, c1, a, dest, len1);
        }
    }

    /** mergeLo's mirror, when run 2 is the shorter: from the right, run 2 in tmp. */
    private void mergeHi(int base1, int len1, int base2, int len2) {
        Object[] t = tmp(len2);
        System.arraycopy(a, base2, t, 0, len2);
        int c1 = base1 + len1 - 1, c2 = len2 - 1, dest = base2 + len2 - 1;
        a[dest--] = a[c1--];
        if (--len1 == 0) {
            System.arraycopy(t, 0, a, dest - (len2 - 1), len2);
            return;
        }
        if (len2 == 1) {
            dest -= len1;
            c1 -= len1;
            System.arraycopy(a, c1 + 1, a, dest + 1, len1);
            a[dest] = t[c2];
            return;
        }
        int mg = minGallop;
        outer:
        while (true) {
            int count1 = 0, count2 = 0;
            do {
                if (c.compare(t[c2], a[c1]) < 0) {
                    a[dest--] = a[c1--];
                    count1++;
                    count2 = 0;
                    if (--len1 == 0)
                        break outer;
                } else {
                    a[dest--] = t[c2--];
                    count2++;
                    count1 = 0;
                    if (--len2 == 1)
                        break outer;
                }
            } while ((count1 | count2) < mg);
            do {
                count1 = len1 - gallopRight(t[c2], a, base1, len1, len1 - 1, c);
                if (count1 != 0) {
                    dest -= count1;
                    c1 -= count1;
                    len1 -= count1;
                    System.arraycopy(a, c1 + 1, a, dest + 1, count1);
                    if (len1 == 0)
                        break outer;
                }
                a[dest--] = t[c2--];
                if (--len2 == 1)
                    break outer;
                count2 = len2 - gallopLeft(a[c1], t, 0, len2, len2 - 1, c);
                if (count2 != 0) {
                    dest -= count2;
                    c2 -= count2;
                    len2 -= count2;
                    System.arraycopy(t, c2 + 1, a, dest + 1, count2);
                    if (len2 <= 1)
                        break outer;
                }
                a[dest--] = a[c1--];
                if (--len1 == 0)
                    break outer;
                mg--;
            } while (count1 >= MIN_GALLOP || count2 >= MIN_GALLOP);
            if (mg < 0)
                mg = 0;
            mg += 2;
        }
        minGallop = mg < 1 ? 1 : mg;
        if (len2 == 1) {
            dest -= len1;
            c1 -= len1;
            System.arraycopy(a, c1 + 1, a, dest + 1, len1);
            a[dest] = t[c2];
        } else if (len2 == 0) {
            throw contract();
        } else {
            System.arraycopy(t, 0, a, dest - (len2 - 1), len2);
        }
    }
}
