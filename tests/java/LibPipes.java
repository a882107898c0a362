// Piped streams and piped reader/writer between two threads (a small pipe that
// fills up, lines read through BufferedReader), and their connection errors.
import java.io.*;
public class LibPipes {
    public static void main(String[] a) throws Exception {
        PipedOutputStream po = new PipedOutputStream();
        PipedInputStream pi = new PipedInputStream(po, 16);
        Thread w = new Thread(() -> {
            try (po) { for (int i = 0; i < 200; i++) po.write(("line " + i + "\n").getBytes()); } catch (IOException e) { System.out.println("writer: " + e); }
        });
        w.start();
        BufferedReader br = new BufferedReader(new InputStreamReader(pi));
        int n = 0; long sum = 0;
        for (String l; (l = br.readLine()) != null;) { n++; sum += Integer.parseInt(l.substring(5)); }
        w.join();
        System.out.println(n + " " + sum);
        PipedWriter pw = new PipedWriter();
        PipedReader pr = new PipedReader(pw);
        Thread w2 = new Thread(() -> { try (pw) { pw.write("héllo pipe"); } catch (IOException e) { } });
        w2.start();
        StringBuilder sb = new StringBuilder();
        for (int c; (c = pr.read()) != -1;) sb.append((char) c);
        w2.join();
        System.out.println(sb);
        try { new PipedInputStream().read(); } catch (IOException e) { System.out.println(e.getMessage()); }
        try { new PipedOutputStream().write(1); } catch (IOException e) { System.out.println(e.getMessage()); }
        PipedInputStream x = new PipedInputStream();
        PipedOutputStream y = new PipedOutputStream(x);
        try { y.connect(new PipedInputStream()); } catch (IOException e) { System.out.println(e.getMessage()); }
    }
}
