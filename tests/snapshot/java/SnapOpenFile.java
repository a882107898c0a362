import java.io.FileInputStream;

// Calls checkpoint() with a file open: the monitor's handle table is not in
// a snapshot, so the checkpoint is refused with an exception.  The program
// closes the file and checkpoints again, which is saved; a copy goes on.
// With "give-up" it ends after the refusal instead, and no snapshot is made.
public class SnapOpenFile {
    public static void main(String[] args) throws Exception {
        FileInputStream in = new FileInputStream(args[0]);
        System.out.println("opened " + (char) in.read());
        try {
            plinth.Partition.checkpoint();
            System.out.println("checkpoint with a file open: not refused");
        } catch (IllegalStateException e) {
            System.out.println("refused: " + e.getMessage());
        }
        if (args.length > 1 && args[1].equals("give-up")) {
            System.out.println("ended");
            return;
        }
        in.close();
        boolean restored = plinth.Partition.checkpoint();
        System.out.println("restored " + restored);
        if (restored) {
            try (FileInputStream again = new FileInputStream(args[0])) {
                System.out.println("reopened " + (char) again.read());
            }
        }
    }
}
