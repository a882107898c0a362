class IcsLib {
    int compute() { return 2; }
    int field = 6;
}
