// The legacy collections: Hashtable (its own iteration order, no nulls, Enumeration),
// Vector (capacity growth, elementAt, Enumeration), Stack (push/pop/peek/search,
// EmptyStackException), Properties-free Dictionary use.
import java.util.*;

public class UtilLegacy {
    public static void main(String[] args) {
        Hashtable<String, Integer> h = new Hashtable<>();
        for (String s : "one two three four five six seven eight nine ten".split(" ")) h.put(s, s.length());
        System.out.println(h);
        Map<String, Integer> hm = new HashMap<>(h);
        System.out.println(hm);
        Hashtable<Integer, String> hi = new Hashtable<>();
        for (int i = -5; i < 20; i += 3) hi.put(i, "v" + i);
        System.out.println(hi + " " + hi.keySet());
        List<String> keys = new ArrayList<>();
        for (Enumeration<String> e = h.keys(); e.hasMoreElements();) keys.add(e.nextElement());
        System.out.println(keys);
        try { h.put(null, 1); } catch (NullPointerException e) { System.out.println("null key: NPE"); }
        try { h.put("x", null); } catch (NullPointerException e) { System.out.println("null value: NPE"); }
        System.out.println(h.contains(5) + " " + h.containsValue(99) + " " + h.get("nine") + " " + h.remove("one") + " " + h.size() + " " + h.hashCode() + " " + h.equals(hm));
        Vector<Integer> v = new Vector<>(3, 2);
        for (int i = 0; i < 8; i++) v.addElement(i * i);
        System.out.println(v + " " + v.capacity() + " " + v.elementAt(3) + " " + v.firstElement() + " " + v.lastElement() + " " + v.indexOf(16, 2));
        v.insertElementAt(-1, 0); v.removeElementAt(4); v.setElementAt(100, 1); v.removeElement(49);
        System.out.println(v + " " + v.size());
        v.setSize(10);
        System.out.println(v);
        StringBuilder sb = new StringBuilder();
        for (Enumeration<Integer> e = v.elements(); e.hasMoreElements();) sb.append(e.nextElement()).append(',');
        System.out.println(sb);
        Vector<String> grow = new Vector<>(2);
        for (int i = 0; i < 5; i++) grow.add("g" + i);
        System.out.println(grow.capacity() + " " + grow);
        Stack<String> st = new Stack<>();
        st.push("a"); st.push("b"); st.push("c"); st.add("d");
        System.out.println(st + " " + st.peek() + " " + st.search("a") + " " + st.search("d") + " " + st.search("z") + " " + st.pop() + " " + st.pop() + " " + st + " " + st.empty());
        st.clear();
        try { st.pop(); } catch (EmptyStackException e) { System.out.println("pop: " + e + " " + e.getMessage()); }
        try { st.peek(); } catch (EmptyStackException e) { System.out.println("peek: EmptyStackException"); }
        Dictionary<String, String> d = new Hashtable<>();
        d.put("k", "v");
        System.out.println(d.get("k") + " " + d.size() + " " + d.isEmpty());
    }
}
