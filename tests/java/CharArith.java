// char arithmetic, Character methods on ASCII and some non-ASCII code points.
public class CharArith {
    public static void main(String[] args) {
        char c = 'a';
        System.out.println(c + 1);
        System.out.println((char) (c + 1));
        c += 1;
        System.out.println(c);
        System.out.println('z' - 'a' + " " + ('0' + 5) + " " + (char) ('0' + 5) + " " + Character.getNumericValue('7'));
        StringBuilder sb = new StringBuilder();
        for (char x = 'A'; x <= 'Z'; x += 5) sb.append(x);
        System.out.println(sb);
        String s = "Hello World 123 _$!";
        int up = 0, low = 0, dig = 0, ws = 0, let = 0, lod = 0;
        for (int i = 0; i < s.length(); i++) {
            char x = s.charAt(i);
            if (Character.isUpperCase(x)) up++;
            if (Character.isLowerCase(x)) low++;
            if (Character.isDigit(x)) dig++;
            if (Character.isWhitespace(x)) ws++;
            if (Character.isLetter(x)) let++;
            if (Character.isLetterOrDigit(x)) lod++;
        }
        System.out.println(up + " " + low + " " + dig + " " + ws + " " + let + " " + lod);
        System.out.println(Character.toUpperCase('q') + " " + Character.toLowerCase('Q') + " " + Character.toUpperCase('1') + " " + Character.digit('f', 16) + " " + Character.digit('z', 10) + " " + Character.forDigit(11, 16));
        System.out.println(Character.isDigit('\u0663') + " " + Character.isLetter('\u00e9') + " " + (int) Character.toUpperCase('\u00e9') + " " + Character.isWhitespace('\t') + " " + Character.isSpaceChar('\u00a0'));
        System.out.println((int) Character.MIN_VALUE + " " + (int) Character.MAX_VALUE + " " + Character.MAX_RADIX + " " + Character.isHighSurrogate('\ud800'));
        System.out.println(Character.toString(65) + " " + Character.valueOf('v') + " " + Character.compare('a', 'b') + " " + Character.toChars(97)[0] + " " + Character.charCount(0x1F600));
        char[] rot = "Uryyb".toCharArray();
        for (int i = 0; i < rot.length; i++) {
            char x = rot[i];
            if (x >= 'a' && x <= 'z') rot[i] = (char) ((x - 'a' + 13) % 26 + 'a');
            else if (x >= 'A' && x <= 'Z') rot[i] = (char) ((x - 'A' + 13) % 26 + 'A');
        }
        System.out.println(new String(rot));
        switch (c) { case 'b': System.out.println("b!"); break; default: System.out.println("?"); }
    }
}
