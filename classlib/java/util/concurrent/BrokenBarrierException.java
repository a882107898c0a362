package java.util.concurrent;

public class BrokenBarrierException extends Exception {
    private static final long serialVersionUID = 1L;

    public BrokenBarrierException() { super(); }
    public BrokenBarrierException(String message) { super(message); }
}
