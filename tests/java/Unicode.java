// Non-Latin-1 strings (UTF-16 coder): length, charAt, compare, concat with Latin-1,
// case mapping, surrogate pairs and code points; printed as UTF-8.
public class Unicode {
    public static void main(String[] args) {
        String latin = "caf\u00e9", greek = "\u03b1\u03b2\u03b3", cjk = "\u4e2d\u6587", emoji = "\ud83d\ude00";
        System.out.println(latin + " " + greek + " " + cjk + " " + emoji);
        System.out.println(latin.length() + " " + greek.length() + " " + cjk.length() + " " + emoji.length() + " " + emoji.codePointCount(0, emoji.length()));
        String mixed = latin + greek + 42 + emoji;
        System.out.println(mixed.length() + " " + (int) mixed.charAt(4) + " " + mixed.indexOf("\u03b2") + " " + mixed.indexOf(0x1F600) + " " + mixed.codePointAt(9));
        System.out.println(greek.toUpperCase() + " " + "\u0391\u0392".toLowerCase() + " " + latin.toUpperCase());
        System.out.println(greek.compareTo(latin) + " " + "\u00e9".compareTo("e") + " " + greek.equals("\u03b1\u03b2\u03b3") + " " + greek.hashCode() + " " + emoji.hashCode());
        StringBuilder sb = new StringBuilder("ascii");
        sb.append('\u0100'); sb.appendCodePoint(0x1F601); sb.append("end");
        System.out.println(sb + " " + sb.length() + " " + sb.toString().hashCode());
        System.out.println(Character.isSurrogate(emoji.charAt(0)) + " " + Character.toCodePoint(emoji.charAt(0), emoji.charAt(1)) + " " + Character.isLetter(0x4e2d) + " " + new String(Character.toChars(0x1F602)).length());
        System.out.println(cjk.substring(1) + " " + mixed.replace('\u03b1', 'a') + " " + "\u00e9\u00e8".contains("\u00e8"));
        char[] cs = greek.toCharArray();
        int sum = 0; for (char c : cs) sum += c;
        System.out.println(sum + " " + String.valueOf(cs, 1, 2) + " " + new String(new char[]{'x', '\u20ac'}));
    }
}
