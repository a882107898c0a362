// More than 256 locals: wide iload/istore/iinc, wide long and double locals, big iinc.
public class WideLocals {
    public static void main(String[] args) {
        int v0=0,v1=1,v2=2,v3=3,v4=4,v5=5,v6=6,v7=7,v8=8,v9=9,v10=10,v11=11,v12=12,v13=13,v14=14,v15=15;
        long l0=0,l1=1,l2=2,l3=3,l4=4,l5=5,l6=6,l7=7,l8=8,l9=9,l10=10,l11=11,l12=12,l13=13,l14=14,l15=15;
        double d0=0,d1=1,d2=2,d3=3,d4=4,d5=5,d6=6,d7=7,d8=8,d9=9,d10=10,d11=11,d12=12,d13=13,d14=14,d15=15;
        long m0=0,m1=1,m2=2,m3=3,m4=4,m5=5,m6=6,m7=7,m8=8,m9=9,m10=10,m11=11,m12=12,m13=13,m14=14,m15=15;
        double e0=0,e1=1,e2=2,e3=3,e4=4,e5=5,e6=6,e7=7,e8=8,e9=9,e10=10,e11=11,e12=12,e13=13,e14=14,e15=15;
        long n0=0,n1=1,n2=2,n3=3,n4=4,n5=5,n6=6,n7=7,n8=8,n9=9,n10=10,n11=11,n12=12,n13=13,n14=14,n15=15;
        double f0=0,f1=1,f2=2,f3=3,f4=4,f5=5,f6=6,f7=7,f8=8,f9=9,f10=10,f11=11,f12=12,f13=13,f14=14,f15=15;
        long o0=0,o1=1,o2=2,o3=3,o4=4,o5=5,o6=6,o7=7,o8=8,o9=9,o10=10,o11=11,o12=12,o13=13,o14=14,o15=15;
        double g0=0,g1=1,g2=2,g3=3,g4=4,g5=5,g6=6,g7=7,g8=8,g9=9,g10=10,g11=11,g12=12,g13=13,g14=14,g15=15;
        int w = 300;
        long wl = 7;
        double wd = 1.5;
        String ws = "wide";
        w += 1000;
        w++;
        w -= 70000;
        for (int k = 0; k < 10; k++) w += k;
        wl *= 3;
        wd /= 2;
        System.out.println(w + " " + wl + " " + wd + " " + ws);
        System.out.println(v0+v1+v2+v3+v4+v5+v6+v7+v8+v9+v10+v11+v12+v13+v14+v15);
        System.out.println(l15+m15+n15+o15 + " " + (d15+e15+f15+g15));
        System.out.println(l0+l1+l2+l3+l4+l5+l6+l7+l8+l9+l10+l11+l12+l13+l14 + m0+m1+m2+m3+m4+m5+m6+m7+m8+m9+m10+m11+m12+m13+m14);
        System.out.println(d0+d1+d2+d3+d4+d5+d6+d7+d8+d9+d10+d11+d12+d13+d14 + e0+e1+e2+e3+e4+e5+e6+e7+e8+e9+e10+e11+e12+e13+e14);
        System.out.println(n0+n1+n2+n3+n4+n5+n6+n7+n8+n9+n10+n11+n12+n13+n14 + o0+o1+o2+o3+o4+o5+o6+o7+o8+o9+o10+o11+o12+o13+o14);
        System.out.println(f0+f1+f2+f3+f4+f5+f6+f7+f8+f9+f10+f11+f12+f13+f14 + g0+g1+g2+g3+g4+g5+g6+g7+g8+g9+g10+g11+g12+g13+g14);
    }
}
