import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;

/* One thread reads standard input while another computes: a reader must
 * park only itself, never the whole VM.  The reader starts first and is
 * about to read before the worker starts; main prints the worker's result
 * after joining it, then the reader's after joining that, so the output is
 * the same whatever the timing.  tests/partition/run_tests.py runs this
 * with a pipe that gives no input until the worker's line has appeared. */
public class HardenStdinThreads {
    static long lines, chars, hash = 17;
    static String last = "";
    static long primes, primeSum;

    public static void main(String[] args) throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
                reading.countDown();
                String line;
                while ((line = in.readLine()) != null) {
                    lines++;
                    chars += line.length();
                    hash = hash * 31 + line.hashCode();
                    last = line;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "reader");
        reader.start();
        reading.await();

        Thread worker = new Thread(() -> {
            for (int n = 2; n < 30000; n++) {
                boolean prime = true;
                for (int d = 2; d * d <= n; d++)
                    if (n % d == 0) { prime = false; break; }
                if (prime) { primes++; primeSum += n; }
            }
        }, "worker");
        worker.start();
        worker.join();
        System.out.println("worker: " + primes + " primes below 30000, sum " + primeSum);
        reader.join();
        System.out.println("reader: " + lines + " lines, " + chars + " chars, hash " + hash
                           + ", last \"" + last + "\"");
    }
}
