class NsmLib {
    static long twice(long x) { return 2 * x; }
    static int kept() { return 8; }
}
