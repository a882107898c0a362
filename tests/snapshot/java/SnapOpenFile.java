import java.io.FileInputStream;

// Calls checkpoint() with a file open: the monitor's handle table is not in
// a snapshot, so the checkpoint is refused and nothing is written.
public class SnapOpenFile {
    public static void main(String[] args) throws Exception {
        try (FileInputStream in = new FileInputStream(args[0])) {
            System.out.println("opened " + (char) in.read());
            plinth.Partition.checkpoint();
            System.out.println("after checkpoint");
        }
    }
}
