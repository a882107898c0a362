// A subclass of VOther: returning one as a VOther makes the verifier load
// both (the missing-class cases delete it).
public class VKid extends VOther {
}
