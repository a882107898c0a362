package java.lang;

/** The superclass of every record; the VM's ObjectMethods bootstrap supplies the bodies. */
public abstract class Record {
    protected Record() {}

    @Override
    public abstract boolean equals(Object obj);

    @Override
    public abstract int hashCode();

    @Override
    public abstract String toString();
}
