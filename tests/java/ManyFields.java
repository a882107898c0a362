// A class with many fields of mixed types and a subclass adding more: layout
// and alignment must keep every field separate.
public class ManyFields {
    static class A { byte b1 = 1; long l1 = 2; byte b2 = 3; int i1 = 4; short s1 = 5; double d1 = 6; char c1 = '7'; boolean z1 = true; float f1 = 9; Object o1 = "ten"; byte b3 = 11; long l2 = 12; }
    static class B extends A { byte b4 = 13; int i2 = 14; long l3 = 15; boolean z2 = false; char c2 = 'x'; Object o2 = null; short s2 = 17; double d2 = 18; byte b5 = 19; }
    static class Wide { long f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19; int g0, g1, g2, g3, g4, g5, g6, g7, g8, g9; byte h0, h1, h2, h3, h4, h5, h6, h7, h8, h9; }
    public static void main(String[] args) {
        B b = new B();
        System.out.println(b.b1 + " " + b.l1 + " " + b.b2 + " " + b.i1 + " " + b.s1 + " " + b.d1 + " " + b.c1 + " " + b.z1 + " " + b.f1 + " " + b.o1 + " " + b.b3 + " " + b.l2);
        System.out.println(b.b4 + " " + b.i2 + " " + b.l3 + " " + b.z2 + " " + b.c2 + " " + b.o2 + " " + b.s2 + " " + b.d2 + " " + b.b5);
        b.b1 = -1; b.b2 = -2; b.b3 = -3; b.b4 = -4; b.b5 = -5; b.l1 = -1L; b.l3 = Long.MIN_VALUE;
        System.out.println(b.b1 + " " + b.b2 + " " + b.b3 + " " + b.b4 + " " + b.b5 + " " + b.l1 + " " + b.l2 + " " + b.l3 + " " + b.i1 + " " + b.i2);
        Wide w = new Wide();
        w.f0 = 1; w.f19 = 19; w.g0 = -1; w.g9 = -9; w.h0 = 100; w.h9 = -100; w.f10 = -1L; w.g5 = 0x7FFFFFFF; w.h5 = (byte) 0x80;
        System.out.println(w.f0 + " " + w.f1 + " " + w.f10 + " " + w.f19 + " " + w.g0 + " " + w.g1 + " " + w.g5 + " " + w.g9 + " " + w.h0 + " " + w.h5 + " " + w.h8 + " " + w.h9);
    }
}
