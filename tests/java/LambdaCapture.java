// Lambdas capturing every type (long and double too), many captures, lambdas
// created in constructors and static initializers, in loops, nested captures.
import java.util.function.*;
public class LambdaCapture {
    static final Supplier<String> STATIC_LAMBDA;
    static { int v = 99; STATIC_LAMBDA = () -> "static-init " + v; }
    final Supplier<String> fromCtor;
    final String name;
    LambdaCapture(String n) { name = n; long t = 1L << 35; fromCtor = () -> name + " " + t; }
    public static void main(String[] args) {
        boolean z = true; byte b = 1; char c = 'c'; short s = 2; int i = 3; long l = 1L << 40; float f = 0.5f; double d = 0.25; String str = "s"; int[] arr = {7};
        Supplier<String> all = () -> "" + z + b + c + s + i + l + f + d + str + arr[0];
        System.out.println(all.get());
        arr[0] = 8;
        System.out.println(all.get());
        DoubleSupplier ds = () -> d * l;
        LongSupplier ls = () -> l + i;
        System.out.println(ds.getAsDouble() + " " + ls.getAsLong());
        System.out.println(STATIC_LAMBDA.get() + " " + new LambdaCapture("obj").fromCtor.get());
        IntSupplier[] sups = new IntSupplier[5];
        for (int k = 0; k < sups.length; k++) { int sq = k * k; sups[k] = () -> sq; }
        int total = 0; for (IntSupplier x : sups) total += x.getAsInt();
        System.out.println(total);
        Function<Integer, Function<Integer, Function<Integer, Integer>>> f3 = x -> y -> zz -> x * 100 + y * 10 + zz;
        System.out.println(f3.apply(1).apply(2).apply(3));
        Runnable outer = () -> { Runnable inner = () -> System.out.println("inner sees " + str + i); inner.run(); };
        outer.run();
    }
}
