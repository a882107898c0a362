import java.nio.file.Files;
import java.nio.file.Path;

// A restored copy reads and writes files of the directory its own
// `plinth run --from --dir` exported.
public class SnapFiles {
    public static void main(String[] args) throws Exception {
        String text = new String(Files.readAllBytes(Path.of(args[0])), "UTF-8");
        System.out.println("read " + text.trim());
        Files.write(Path.of(args[1]), ("copy wrote " + text.trim() + "\n").getBytes("UTF-8"));
        System.out.println("wrote");
    }
}
