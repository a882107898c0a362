// Character classification over Latin-1 and a few characters beyond: isLetter,
// isDigit, isLetterOrDigit, isAlphabetic, isJavaIdentifierStart/Part, isISOControl,
// isWhitespace, getType, digit/forDigit/getNumericValue; counted and sampled.
public class StrCharacterClass {
    public static void main(String[] args) {
        int letters = 0, digits = 0, lod = 0, alpha = 0, jstart = 0, jpart = 0, ctrl = 0, ws = 0, space = 0, defined = 0;
        long typeSum = 0;
        for (char c = 0; c < 0x100; c++) {
            if (Character.isLetter(c)) letters++;
            if (Character.isDigit(c)) digits++;
            if (Character.isLetterOrDigit(c)) lod++;
            if (Character.isAlphabetic(c)) alpha++;
            if (Character.isJavaIdentifierStart(c)) jstart++;
            if (Character.isJavaIdentifierPart(c)) jpart++;
            if (Character.isISOControl(c)) ctrl++;
            if (Character.isWhitespace(c)) ws++;
            if (Character.isSpaceChar(c)) space++;
            if (Character.isDefined(c)) defined++;
            typeSum = typeSum * 31 + Character.getType(c);
        }
        System.out.println(letters + " " + digits + " " + lod + " " + alpha + " " + jstart + " " + jpart + " " + ctrl + " " + ws + " " + space + " " + defined + " " + typeSum);
        StringBuilder sb = new StringBuilder();
        for (char c : "aZ5_$ \t\n!é€\u00a0\u00ad\u0660ªº²½".toCharArray())
            sb.append(Integer.toHexString(c)).append(':').append(Character.getType(c)).append(Character.isLetter(c) ? "L" : "").append(Character.isDigit(c) ? "D" : "")
              .append(Character.isJavaIdentifierPart(c) ? "J" : "").append(Character.isIdentifierIgnorable(c) ? "I" : "").append(' ');
        System.out.println(sb.toString().trim());
        System.out.println(Character.digit('7', 10) + " " + Character.digit('f', 16) + " " + Character.digit('F', 16) + " " + Character.digit('g', 16) + " " + Character.digit('z', 36) + " " + Character.digit('9', 8) + " " + Character.digit('\u0663', 10) + " " + Character.digit('5', 99));
        System.out.println(Character.forDigit(11, 16) + " " + Character.forDigit(35, 36) + " " + (int) Character.forDigit(10, 10) + " " + Character.forDigit(5, 2) + "|" + Character.getNumericValue('a') + " " + Character.getNumericValue('Z') + " " + Character.getNumericValue('½') + " " + Character.getNumericValue('²') + " " + Character.getNumericValue('%') + " " + Character.getNumericValue('\u216B'));
        System.out.println(Character.isLetter(0x1F600) + " " + Character.isLetter(0x10400) + " " + Character.isUpperCase(0x10400) + " " + Character.toLowerCase(0x10400) + " " + Character.isDigit(0x1D7CE) + " " + Character.getType(0x1F600));
        System.out.println(Character.MIN_VALUE + 0 + " " + (int) Character.MAX_VALUE + " " + Character.MIN_RADIX + " " + Character.MAX_RADIX + " " + Character.MAX_CODE_POINT + " " + Character.SIZE + " " + Character.BYTES + " " + Character.reverseBytes('\u1234') + 0);
        System.out.println(Character.compare('a', 'b') + " " + Character.valueOf('x').compareTo('a') + " " + Character.isMirrored('(') + " " + Character.getDirectionality('a') + " " + Character.getDirectionality('\u05D0') + " " + Character.UnicodeBlock.of('é') + " " + Character.UnicodeScript.of('ж'));
    }
}
