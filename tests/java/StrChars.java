// chars() and codePoints() over BMP and supplementary characters, unpaired surrogates,
// codePointAt/Before/Count, offsetByCodePoints, Character.toChars, length vs code points,
// and building strings from code points.
public class StrChars {
    public static void main(String[] args) {
        String s = "aé日\uD83D\uDE00z\uD800!";
        System.out.println(s.length() + " " + s.codePointCount(0, s.length()) + " " + s.chars().count() + " " + s.codePoints().count());
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(Integer.toHexString(c)).append(' '));
        System.out.println(sb.toString().trim());
        sb.setLength(0);
        s.codePoints().forEach(c -> sb.append(Integer.toHexString(c)).append(' '));
        System.out.println(sb.toString().trim());
        System.out.println(s.codePointAt(3) + " " + s.codePointAt(4) + " " + s.codePointBefore(5) + " " + s.codePointBefore(4) + " " + s.offsetByCodePoints(0, 4) + " " + s.offsetByCodePoints(7, -3));
        System.out.println(Character.isSurrogate(s.charAt(3)) + " " + Character.isHighSurrogate(s.charAt(3)) + " " + Character.isLowSurrogate(s.charAt(4)) + " " + Character.charCount(0x1F600) + " " + Character.toCodePoint('\uD83D', '\uDE00'));
        System.out.println(new String(Character.toChars(0x1F601)) + " " + Character.toChars(65).length + " " + new String(new int[]{0x48, 0x1F600, 0x49}, 0, 3) + " " + Character.getName('A'));
        System.out.println(new StringBuilder().appendCodePoint(0x10348).appendCodePoint(97).length() + " " + Character.isValidCodePoint(0x110000) + " " + Character.isBmpCodePoint(0xFFFF) + " " + Character.isSupplementaryCodePoint(0x10000));
        System.out.println("hello".chars().filter(c -> c == 'l').count() + " " + "hello".chars().map(Character::toUpperCase).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                + " " + "abc".chars().sum() + " " + "".chars().count() + " " + "xyz".chars().boxed().toList());
        System.out.println(new StringBuilder(s).reverse().codePoints().mapToObj(Integer::toHexString).toList());
        try { s.codePointAt(20); } catch (StringIndexOutOfBoundsException e) { System.out.println("codePointAt: " + e.getMessage()); }
        try { s.offsetByCodePoints(0, 20); } catch (IndexOutOfBoundsException e) { System.out.println("offsetByCodePoints: IOOBE"); }
        char[] arr = new char[4];
        s.getChars(1, 5, arr, 0);
        System.out.println(new String(arr).codePointCount(0, 4) + " " + String.valueOf(arr, 1, 1) + " " + s.toCharArray().length + " " + s.substring(3, 5).equals("\uD83D\uDE00"));
    }
}
