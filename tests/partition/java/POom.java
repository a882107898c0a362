// Fills the heap: "catch" catches the OutOfMemoryError and goes on,
// anything else lets it out of main.
import java.util.ArrayList;
import java.util.List;

public class POom {
    public static void main(String[] args) {
        List<long[]> keep = new ArrayList<>();
        try {
            for (;;)
                keep.add(new long[16384]);
        } catch (OutOfMemoryError e) {
            if (args.length == 0 || !args[0].equals("catch"))
                throw e;
            int n = keep.size();
            keep = null;
            System.out.println("caught OutOfMemoryError, heap reusable: " + (n > 0 && new long[1024].length == 1024));
        }
    }
}
