// iinc with every constant size, pre/post increment in expressions, on fields and arrays.
public class Increments {
    static int sf;
    int f;
    public static void main(String[] args) {
        int i = 0;
        i += 1; i += 127; i += 128; i += -128; i += -129; i += 32767; i += -32768; i += 40000;
        System.out.println(i);
        int j = 5;
        int a = j++ + ++j;
        System.out.println(a + " " + j);
        int b = j-- - --j;
        System.out.println(b + " " + j);
        int[] arr = {10, 20};
        arr[0]++; ++arr[1]; arr[arr[0] - 11] += 5;
        System.out.println(arr[0] + " " + arr[1]);
        sf++; sf += 10; --sf;
        Increments o = new Increments();
        o.f++; o.f *= 7; o.f--;
        System.out.println(sf + " " + o.f);
        long l = Long.MAX_VALUE; l++;
        System.out.println(l);
        double d = 0.5; d++; d++;
        System.out.println(d);
        float fl = 1e8f; fl++;
        System.out.println(fl);
        char c = 'a'; c++;
        System.out.println(c);
        int k = 0;
        k = k++;
        System.out.println(k);
        int x = 3;
        x += x++ * ++x;
        System.out.println(x);
    }
}
