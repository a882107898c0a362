package java.util;

/**
 * A node of a HashMap "tree bin", and the bin operations, as the JDK has
 * them.  Only the order of a bin's `next` list is visible to programs
 * (iteration follows it), but that order depends on the red-black tree:
 * treeify puts the tree's root first, an insertion links the new node
 * right after its tree parent and then moves the (possibly new) root to
 * the front.  So the tree is built and balanced exactly as the JDK does.
 * Lookups still walk the `next` list.  Removal unlinks the node and turns
 * the bin back into a plain list (the JDK rebalances it; see
 * docs/classlib.md).
 */
final class HashMapTreeNode<K, V> extends HashMap.Node<K, V> {
    static final int UNTREEIFY_THRESHOLD = 6;

    HashMapTreeNode<K, V> parent, left, right, prev;
    boolean red;

    HashMapTreeNode(int hash, K key, V value, HashMap.Node<K, V> next) {
        super(hash, key, value, next);
    }

    /** x's class if it is Comparable (the JDK also checks Comparable<itself>). */
    static Class<?> comparableClassFor(Object x) {
        return (x instanceof Comparable) ? x.getClass() : null;
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    static int compareComparables(Class<?> kc, Object k, Object x) {
        return (x == null || x.getClass() != kc ? 0 : ((Comparable) k).compareTo(x));
    }

    static int tieBreakOrder(Object a, Object b) {
        int d;
        if (a == null || b == null || (d = a.getClass().getName().compareTo(b.getClass().getName())) == 0)
            d = (System.identityHashCode(a) <= System.identityHashCode(b) ? -1 : 1);
        return d;
    }

    /** Turns the list in bin (hash's index) into a tree bin. */
    static <K, V> void treeifyBin(HashMap.Node<K, V>[] tab, int hash) {
        int index = (tab.length - 1) & hash;
        HashMapTreeNode<K, V> hd = null, tl = null;
        for (HashMap.Node<K, V> e = tab[index]; e != null; e = e.next) {
            HashMapTreeNode<K, V> p = new HashMapTreeNode<>(e.hash, e.key, e.value, null);
            if ((p.prev = tl) == null)
                hd = p;
            else
                tl.next = p;
            tl = p;
        }
        if ((tab[index] = hd) != null)
            hd.treeify(tab);
    }

    /** Builds the tree from the list that starts at this node. */
    void treeify(HashMap.Node<K, V>[] tab) {
        HashMapTreeNode<K, V> root = null;
        for (HashMapTreeNode<K, V> x = this, next; x != null; x = next) {
            next = (HashMapTreeNode<K, V>) x.next;
            x.left = x.right = null;
            if (root == null) {
                x.parent = null;
                x.red = false;
                root = x;
                continue;
            }
            K k = x.key;
            int h = x.hash;
            Class<?> kc = null;
            for (HashMapTreeNode<K, V> p = root;;) {
                int dir, ph = p.hash;
                K pk = p.key;
                if (ph > h)
                    dir = -1;
                else if (ph < h)
                    dir = 1;
                else if ((kc == null && (kc = comparableClassFor(k)) == null) || (dir = compareComparables(kc, k, pk)) == 0)
                    dir = tieBreakOrder(k, pk);
                HashMapTreeNode<K, V> xp = p;
                if ((p = (dir <= 0) ? p.left : p.right) == null) {
                    x.parent = xp;
                    if (dir <= 0)
                        xp.left = x;
                    else
                        xp.right = x;
                    root = balanceInsertion(root, x);
                    break;
                }
            }
        }
        moveRootToFront(tab, root);
    }

    HashMapTreeNode<K, V> root() {
        for (HashMapTreeNode<K, V> r = this, p;;) {
            if ((p = r.parent) == null)
                return r;
            r = p;
        }
    }

    static <K, V> void moveRootToFront(HashMap.Node<K, V>[] tab, HashMapTreeNode<K, V> root) {
        int index = (tab.length - 1) & root.hash;
        HashMapTreeNode<K, V> first = (HashMapTreeNode<K, V>) tab[index];
        if (root != first) {
            tab[index] = root;
            HashMapTreeNode<K, V> rp = root.prev;
            HashMap.Node<K, V> rn = root.next;
            if (rn != null)
                ((HashMapTreeNode<K, V>) rn).prev = rp;
            if (rp != null)
                rp.next = rn;
            if (first != null)
                first.prev = root;
            root.next = first;
            root.prev = null;
        }
    }

    /**
     * Adds (h, k, v) to the tree bin whose first node is this one; returns
     * the existing node for k (unchanged) or null once added.
     */
    HashMap.Node<K, V> putTreeVal(HashMap.Node<K, V>[] tab, int h, K k, V v) {
        for (HashMap.Node<K, V> e = this; e != null; e = e.next) {
            K ek;
            if (e.hash == h && ((ek = e.key) == k || (k != null && k.equals(ek))))
                return e;
        }
        Class<?> kc = null;
        HashMapTreeNode<K, V> root = (parent != null) ? root() : this;
        for (HashMapTreeNode<K, V> p = root;;) {
            int dir, ph = p.hash;
            K pk = p.key;
            if (ph > h)
                dir = -1;
            else if (ph < h)
                dir = 1;
            else if ((kc == null && (kc = comparableClassFor(k)) == null) || (dir = compareComparables(kc, k, pk)) == 0)
                dir = tieBreakOrder(k, pk);
            HashMapTreeNode<K, V> xp = p;
            if ((p = (dir <= 0) ? p.left : p.right) == null) {
                HashMap.Node<K, V> xpn = xp.next;
                HashMapTreeNode<K, V> x = new HashMapTreeNode<>(h, k, v, xpn);
                if (dir <= 0)
                    xp.left = x;
                else
                    xp.right = x;
                xp.next = x;
                x.parent = x.prev = xp;
                if (xpn != null)
                    ((HashMapTreeNode<K, V>) xpn).prev = x;
                moveRootToFront(tab, balanceInsertion(root, x));
                return null;
            }
        }
    }

    /** Removes node from the tree bin at index, leaving a plain list in the same order. */
    static <K, V> void removeTreeNode(HashMap.Node<K, V>[] tab, int index, HashMap.Node<K, V> node) {
        HashMap.Node<K, V> hd = null, tl = null;
        for (HashMap.Node<K, V> q = tab[index]; q != null; q = q.next) {
            if (q == node)
                continue;
            HashMap.Node<K, V> p = new HashMap.Node<>(q.hash, q.key, q.value, null);
            if (tl == null)
                hd = p;
            else
                tl.next = p;
            tl = p;
        }
        tab[index] = hd;
    }

    /** A plain list with the nodes of the list starting here, in order. */
    HashMap.Node<K, V> untreeify() {
        HashMap.Node<K, V> hd = null, tl = null;
        for (HashMap.Node<K, V> q = this; q != null; q = q.next) {
            HashMap.Node<K, V> p = new HashMap.Node<>(q.hash, q.key, q.value, null);
            if (tl == null)
                hd = p;
            else
                tl.next = p;
            tl = p;
        }
        return hd;
    }

    /** Splits the tree bin b of the old table into bins index and index + bit of tab. */
    static <K, V> void split(HashMap.Node<K, V>[] tab, int index, int bit, HashMapTreeNode<K, V> b) {
        HashMapTreeNode<K, V> loHead = null, loTail = null, hiHead = null, hiTail = null;
        int lc = 0, hc = 0;
        for (HashMapTreeNode<K, V> e = b, next; e != null; e = next) {
            next = (HashMapTreeNode<K, V>) e.next;
            e.next = null;
            if ((e.hash & bit) == 0) {
                if ((e.prev = loTail) == null)
                    loHead = e;
                else
                    loTail.next = e;
                loTail = e;
                ++lc;
            } else {
                if ((e.prev = hiTail) == null)
                    hiHead = e;
                else
                    hiTail.next = e;
                hiTail = e;
                ++hc;
            }
        }
        if (loHead != null) {
            if (lc <= UNTREEIFY_THRESHOLD) {
                tab[index] = loHead.untreeify();
            } else {
                tab[index] = loHead;
                if (hiHead != null)
                    loHead.treeify(tab);
            }
        }
        if (hiHead != null) {
            if (hc <= UNTREEIFY_THRESHOLD) {
                tab[index + bit] = hiHead.untreeify();
            } else {
                tab[index + bit] = hiHead;
                if (loHead != null)
                    hiHead.treeify(tab);
            }
        }
    }

    // ---- red-black balancing (CLR) ----

    static <K, V> HashMapTreeNode<K, V> rotateLeft(HashMapTreeNode<K, V> root, HashMapTreeNode<K, V> p) {
        HashMapTreeNode<K, V> r, pp, rl;
        if (p != null && (r = p.right) != null) {
            if ((rl = p.right = r.left) != null)
                rl.parent = p;
            if ((pp = r.parent = p.parent) == null)
                (root = r).red = false;
            else if (pp.left == p)
                pp.left = r;
            else
                pp.right = r;
            r.left = p;
            p.parent = r;
        }
        return root;
    }

    static <K, V> HashMapTreeNode<K, V> rotateRight(HashMapTreeNode<K, V> root, HashMapTreeNode<K, V> p) {
        HashMapTreeNode<K, V> l, pp, lr;
        if (p != null && (l = p.left) != null) {
            if ((lr = p.left = l.right) != null)
                lr.parent = p;
            if ((pp = l.parent = p.parent) == null)
                (root = l).red = false;
            else if (pp.right == p)
                pp.right = l;
            else
                pp.left = l;
            l.right = p;
            p.parent = l;
        }
        return root;
    }

    static <K, V> HashMapTreeNode<K, V> balanceInsertion(HashMapTreeNode<K, V> root, HashMapTreeNode<K, V> x) {
        x.red = true;
        for (HashMapTreeNode<K, V> xp, xpp, xppl, xppr;;) {
            if ((xp = x.parent) == null) {
                x.red = false;
                return x;
            } else if (!xp.red || (xpp = xp.parent) == null) {
                return root;
            }
            if (xp == (xppl = xpp.left)) {
                if ((xppr = xpp.right) != null && xppr.red) {
                    xppr.red = false;
                    xp.red = false;
                    xpp.red = true;
                    x = xpp;
                } else {
                    if (x == xp.right) {
                        root = rotateLeft(root, x = xp);
                        xpp = (xp = x.parent) == null ? null : xp.parent;
                    }
                    if (xp != null) {
                        xp.red = false;
                        if (xpp != null) {
                            xpp.red = true;
                            root = rotateRight(root, xpp);
                        }
                    }
                }
            } else {
                if (xppl != null && xppl.red) {
                    xppl.red = false;
                    xp.red = false;
                    xpp.red = true;
                    x = xpp;
                } else {
                    if (x == xp.left) {
                        root = rotateRight(root, x = xp);
                        xpp = (xp = x.parent) == null ? null : xp.parent;
                    }
                    if (xp != null) {
                        xp.red = false;
                        if (xpp != null) {
                            xpp.red = true;
                            root = rotateLeft(root, xpp);
                        }
                    }
                }
            }
        }
    }
}
