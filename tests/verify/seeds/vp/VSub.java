package vp;

import vq.VBase;

// Protected access from a subclass in another package.
public class VSub extends VBase {
    public VSub() { super(); }

    int field(VBase other) { return super.pf; }
    int method(VBase other) { return this.pm(); }

    public String run(String which) {
        switch (which) {
        case "protField": return Integer.toString(field(new VBase() { }));
        case "protMethod": return Integer.toString(method(new VBase() { }));
        default: return "none";
        }
    }
}
