package vq;

// A superclass in another package, with protected members (JVMS 4.10.1.8).
public class VBase {
    protected int pf = 5;
    protected int pm() { return 6; }
    protected VBase() { }
}
