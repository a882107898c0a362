// var locals, implicit widening, compound assignment narrowing, integer literal forms.
public class VarAndTypes {
    public static void main(String[] args) {
        var i = 10; var l = 10L; var d = 1.5; var s = "str"; var arr = new int[]{1, 2};
        System.out.println(i + l + d + s + arr.length);
        int hex = 0xFF, oct = 017, bin = 0b1010_1010, under = 1_000_000;
        long lhex = 0xFFFF_FFFF_FFFFL;
        System.out.println(hex + " " + oct + " " + bin + " " + under + " " + lhex);
        float f = 1e-2f; double dd = 0x1.8p1; double exp = 1.5e3;
        System.out.println(f + " " + dd + " " + exp);
        byte b = 10; b += 300; short sh = 1; sh *= 1000; sh *= 1000;
        System.out.println(b + " " + sh);
        long widened = i; float fw = l; double dw = fw;
        System.out.println(widened + " " + fw + " " + dw);
        int big = 1234567891; float lossy = big; long back = (long) lossy;
        System.out.println(lossy + " " + back);
        char c = 'A'; int ci = c + 1; char c2 = (char) ci;
        System.out.println(ci + " " + c2);
        for (var k = 0; k < 3; k++) System.out.print(k);
        System.out.println();
        var sb = new StringBuilder();
        for (var x : new String[]{"a", "b"}) sb.append(x);
        System.out.println(sb);
    }
}
