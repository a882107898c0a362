// StreamTokenizer with the default syntax and with EOL, comment, case, word and
// ordinary-character settings: numbers, words, quotes with escapes, comments,
// pushBack, toString and line numbers; the competitive-programming input idiom;
// SequenceInputStream.
import java.io.*;
public class LibStreamTokenizer {
    public static void main(String[] a) throws IOException {
        String text = "hello world 42 -3.5 .25 - x-1 'quo\\tted' \"dq\\101\\n\" // slash comment\n/* star */ a.b /x\nend\r\nlast 1e5 ~ 007 -.5 é\u4e00z";
        for (int mode = 0; mode < 4; mode++) {
            StreamTokenizer st = new StreamTokenizer(new StringReader(text));
            if (mode == 1) { st.eolIsSignificant(true); st.slashSlashComments(true); st.slashStarComments(true); }
            if (mode == 2) { st.ordinaryChar('/'); st.lowerCaseMode(true); st.wordChars('_', '_'); st.ordinaryChar('.'); }
            if (mode == 3) { st.resetSyntax(); st.wordChars('a', 'z'); st.whitespaceChars(0, ' '); st.parseNumbers(); st.quoteChar('\''); }
            StringBuilder sb = new StringBuilder();
            int n = 0;
            while (st.nextToken() != StreamTokenizer.TT_EOF && n++ < 100) {
                sb.append(st).append(" | ");
                if (n == 3) { st.pushBack(); st.nextToken(); sb.append("pb:").append(st.ttype).append(" | "); }
            }
            sb.append(st);
            System.out.println(sb);
        }
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new StringReader("3\n10 20 30\n")));
        in.nextToken(); int k = (int) in.nval; long sum = 0;
        for (int i = 0; i < k; i++) { in.nextToken(); sum += (long) in.nval; }
        System.out.println(k + " " + sum);
        SequenceInputStream seq = new SequenceInputStream(new ByteArrayInputStream("ab".getBytes()), new ByteArrayInputStream("cd".getBytes()));
        System.out.println(new String(seq.readAllBytes()) + " " + seq.read());
    }
}
