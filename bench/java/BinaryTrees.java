// binary-trees: the Benchmarks Game's allocation test.  Builds and walks
// many short-lived perfect binary trees plus one long-lived tree: object
// allocation, the collector, recursion.  Output as in the game.
// Usage: BinaryTrees [maxDepth]
public class BinaryTrees {
    static final class Node {
        final Node left, right;

        Node(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        int check() {
            return left == null ? 1 : 1 + left.check() + right.check();
        }
    }

    static Node build(int depth) {
        return depth == 0 ? new Node(null, null) : new Node(build(depth - 1), build(depth - 1));
    }

    static void line(String what, int depth, int check) {
        System.out.print(what);
        System.out.print(" of depth ");
        System.out.print(depth);
        System.out.print("\t check: ");
        System.out.println(check);
    }

    public static void main(String[] args) {
        int minDepth = 4;
        int maxDepth = Math.max(minDepth + 2, args.length > 0 ? Integer.parseInt(args[0]) : 15);
        line("stretch tree", maxDepth + 1, build(maxDepth + 1).check());
        Node longLived = build(maxDepth);
        for (int d = minDepth; d <= maxDepth; d += 2) {
            int iterations = 1 << (maxDepth - d + minDepth);
            int check = 0;
            for (int i = 0; i < iterations; i++)
                check += build(d).check();
            System.out.print(iterations);
            System.out.print("\t trees");
            line("", d, check);
        }
        line("long lived tree", maxDepth, longLived.check());
    }
}
