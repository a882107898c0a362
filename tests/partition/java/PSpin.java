// Never ends: spins ("spin") or sleeps ("sleep").
public class PSpin {
    static volatile long n;

    public static void main(String[] args) throws Exception {
        System.out.println("started");
        if (args.length > 0 && args[0].equals("sleep"))
            Thread.sleep(Long.MAX_VALUE);
        for (;;)
            n++;
    }
}
