import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

// Uses every unseeded generator before its checkpoint, so the snapshot
// holds them; each restored copy prints what they give it, and copies of
// one snapshot must differ (they must not share seeds).
public class SnapSeeds {
    public static void main(String[] args) {
        Object before = new Object();
        System.out.println("warm " + (before.hashCode() != 0) + " "
                + (new Random().nextInt() | 1) % 1 + " " + (Math.random() < 1.0)
                + " " + (ThreadLocalRandom.current().nextInt(10) < 10));
        boolean restored = plinth.Partition.checkpoint();
        System.out.println("restored " + restored);
        System.out.println("hash " + new Object().hashCode() + " " + new Object().hashCode());
        System.out.println("random " + new Random().nextLong());
        System.out.println("math " + Math.random());
        System.out.println("tlr " + ThreadLocalRandom.current().nextLong());
    }
}
