// An interface for the verifier cases (invokeinterface).
public interface VRun {
    int go(int a, long b);
}
