"""gen: broken variants of a few small valid classes (tests/classfile/seeds).

cases(seeds) returns a list of Case: a name, the victim class it replaces
and the broken bytes.  Each mutation targets one check of the class-file
parser: truncation, magic, version, constant-pool indexes and tags, UTF-8,
lengths, descriptors, duplicate members, access flags, code length,
exception-table ranges, attributes.  Run as a script, it writes every case
to a directory for inspection: python3 gen.py SEED_CLASS_DIR OUT_DIR.
"""
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cfread  # noqa: E402
from cfread import (TAG_UTF8, TAG_CLASS, TAG_STRING, TAG_METHODREF, TAG_NAT,  # noqa: E402
                    TAG_INT)


class Case:
    def __init__(self, name, victim, data, kind="mutant"):
        self.name, self.victim, self.data, self.kind = name, victim, data, kind


def put2(b, off, v):
    b[off:off + 2] = struct.pack(">H", v & 0xFFFF)


def put4(b, off, v):
    b[off:off + 4] = struct.pack(">I", v & 0xFFFFFFFF)


def find_utf8(cf, text):
    for i, e in enumerate(cf.cp):
        if e is not None and e.tag == TAG_UTF8 and e.value == text:
            return i
    raise KeyError(text)


def first_of(cf, tag):
    for i, e in enumerate(cf.cp):
        if e is not None and e.tag == tag:
            return i
    raise KeyError(tag)


def method(cf, name):
    for m in cf.methods:
        if m.name == name:
            return m
    raise KeyError(name)


def replace_utf8(data, cf, old, new):
    """Same-length rewrite of a UTF-8 constant's bytes."""
    assert len(old) == len(new)
    e = cf.cp[find_utf8(cf, old)]
    b = bytearray(data)
    b[e.off + 3:e.off + 3 + len(new)] = new
    return bytes(b)


def rebuild_code(data, cf, m, new_code, handlers=None):
    """Replace a method's bytecode (and optionally its exception table),
    fixing the Code attribute's lengths so only the intended part is wrong."""
    attr, code_off, code_len, exc_off = cf.code(m)
    nexc = cf.u2(exc_off)
    rest_off = exc_off + 2 + 8 * nexc
    old_handlers = data[exc_off:rest_off]
    if handlers is not None:
        old_handlers = struct.pack(">H", len(handlers)) + b"".join(struct.pack(">HHHH", *h) for h in handlers)
    attr_end = attr.data_off + attr.length
    body = data[attr.data_off:attr.data_off + 4] + struct.pack(">I", len(new_code)) + new_code \
        + old_handlers + data[rest_off:attr_end]
    return data[:attr.off + 2] + struct.pack(">I", len(body)) + body + data[attr_end:]


def mutants(victim, data):
    """(name, bytes) for every mutation of one seed class."""
    cf = cfread.ClassFile(data)
    out = []

    def mut(name, fn):
        b = bytearray(data)
        fn(b)
        out.append((name, bytes(b)))

    ncp = len(cf.cp)
    # Magic and versions.
    mut("bad-magic", lambda b: put4(b, 0, 0xCAFEBABF))
    mut("zero-magic", lambda b: put4(b, 0, 0))
    for major in (44, 62, 65):
        mut("version-%d" % major, lambda b, v=major: put2(b, 6, v))
    mut("version-61-minor-1", lambda b: put2(b, 4, 1))
    mut("version-61-preview", lambda b: put2(b, 4, 0xFFFF))
    # Constant-pool counts and indexes.
    mut("cp-count-0", lambda b: put2(b, 8, 0))
    mut("cp-count-huge", lambda b: put2(b, 8, 0xFFFF))
    mut("cp-count-short", lambda b: put2(b, 8, ncp - 3))
    mut("this-class-out-of-range", lambda b: put2(b, cf.access_off + 2, ncp))
    mut("this-class-zero", lambda b: put2(b, cf.access_off + 2, 0))
    mut("super-class-out-of-range", lambda b: put2(b, cf.access_off + 4, 0xFFFF))
    mut("super-class-zero", lambda b: put2(b, cf.access_off + 4, 0))
    utf = find_utf8(cf, victim)
    mut("this-class-wrong-tag", lambda b: put2(b, cf.access_off + 2, utf))
    mut("super-class-wrong-tag", lambda b: put2(b, cf.access_off + 4, first_of(cf, TAG_METHODREF)))
    cls = cf.cp[first_of(cf, TAG_CLASS)]
    mut("class-name-out-of-range", lambda b: put2(b, cls.off + 1, ncp + 5))
    mut("class-name-wrong-tag", lambda b: put2(b, cls.off + 1, first_of(cf, TAG_CLASS)))
    mref = cf.cp[first_of(cf, TAG_METHODREF)]
    mut("methodref-class-zero", lambda b: put2(b, mref.off + 1, 0))
    mut("methodref-class-wrong-tag", lambda b: put2(b, mref.off + 1, first_of(cf, TAG_NAT)))
    mut("methodref-nat-out-of-range", lambda b: put2(b, mref.off + 3, 0xFFFE))
    nat = cf.cp[first_of(cf, TAG_NAT)]
    mut("nat-descriptor-wrong-tag", lambda b: put2(b, nat.off + 3, first_of(cf, TAG_CLASS)))
    mut("string-wrong-tag", lambda b: put2(b, cf.cp[first_of(cf, TAG_STRING)].off + 1, first_of(cf, TAG_CLASS)))
    mut("unknown-cp-tag", lambda b: b.__setitem__(cls.off, 2))
    mut("cp-tag-zero", lambda b: b.__setitem__(cls.off, 0))
    # UTF-8.
    sutf = cf.cp[find_utf8(cf, "run" if victim == "Tiny" else "go")]
    mut("utf8-nul-byte", lambda b: b.__setitem__(sutf.off + 4, 0))
    mut("utf8-byte-ff", lambda b: b.__setitem__(sutf.off + 4, 0xFF))
    mut("utf8-truncated-sequence", lambda b: b.__setitem__(sutf.off + 3 + len(sutf.value) - 1, 0xC3))
    mut("utf8-four-byte-form", lambda b: b.__setitem__(sutf.off + 3, 0xF0))
    mut("utf8-length-huge", lambda b: put2(b, sutf.off + 1, 0xFFFF))
    # Counts and lengths.
    mut("interfaces-count-huge", lambda b: put2(b, cf.interfaces_off, 0xFFFF))
    mut("fields-count-huge", lambda b: put2(b, cf.fields_off, 0xFFFF))
    mut("methods-count-huge", lambda b: put2(b, cf.methods_off, 0xFFFF))
    mut("attributes-count-huge", lambda b: put2(b, cf.attrs_off, 0xFFFF))
    m0 = cf.methods[-1]
    a0 = m0.attrs[0]
    mut("attribute-length-huge", lambda b: put4(b, a0.off + 2, 0xFFFFFFFF))
    mut("attribute-length-short", lambda b: put4(b, a0.off + 2, a0.length - 1))
    mut("attribute-name-wrong-tag", lambda b: put2(b, a0.off, first_of(cf, TAG_CLASS)))
    code_attr, code_off, code_len, exc_off = cf.code(m0)
    mut("code-length-huge", lambda b: put4(b, code_off - 4, 0xFFFFFFF0))
    out.append(("code-length-0", rebuild_code(data, cf, m0, b"")))
    out.append(("code-length-65536", rebuild_code(data, cf, m0, b"\x00" * (65536 - code_len) + data[code_off:code_off + code_len])))
    out.append(("code-length-70000", rebuild_code(data, cf, m0, b"\x00" * (70000 - code_len) + data[code_off:code_off + code_len])))
    out.append(("extra-bytes-at-end", data + b"\x00\x01"))
    # Descriptors and names.
    init = method(cf, "<init>")
    mut("method-descriptor-wrong-tag", lambda b: put2(b, init.off + 4, first_of(cf, TAG_CLASS)))
    mut("method-name-out-of-range", lambda b: put2(b, init.off + 2, ncp))
    mut("method-descriptor-bad", lambda b: put2(b, m0.off + 4, find_utf8(cf, victim)))
    mut("method-name-bad", lambda b: put2(b, m0.off + 2, find_utf8(cf, "java/lang/Object")))
    if victim == "Tiny":
        out.append(("descriptor-unbalanced", replace_utf8(data, cf, "()V", b")(V")))
        out.append(("descriptor-bad-type", replace_utf8(data, cf, "()V", b"()Q")))
        # Both methods become <init>()V: a duplicate (and a static <init>).
        mut("duplicate-method", lambda b: put2(b, m0.off + 2, find_utf8(cf, "<init>")))
        out.append(("class-name-mismatch", replace_utf8(data, cf, "Tiny", b"Tinx")))
        mut("super-is-self", lambda b: put2(b, cf.access_off + 4, cf.this_class))
        mut("init-is-static", lambda b: put2(b, init.off, 0x0009))
    else:
        fI = [f for f in cf.fields if f.name == "I"][0]
        fx = [f for f in cf.fields if f.name == "x"][0]
        mut("duplicate-field", lambda b: put2(b, fx.off + 2, find_utf8(cf, "I")))
        mut("field-descriptor-bad", lambda b: put2(b, fx.off + 4, find_utf8(cf, "Rich")))
        mut("field-descriptor-void", lambda b: put2(b, fx.off + 4, find_utf8(cf, "()V")))
        mut("field-public-private", lambda b: put2(b, fx.off, 0x0003))
        mut("field-final-volatile", lambda b: put2(b, fx.off, 0x0050))
        mut("constantvalue-wrong-tag", lambda b: put2(b, fI.attrs[0].data_off, first_of(cf, TAG_STRING)))
        mut("constantvalue-out-of-range", lambda b: put2(b, fI.attrs[0].data_off, 0xFFF0))
        mut("interface-not-abstract", lambda b: put2(b, cf.access_off, 0x0201))
        mut("class-final-abstract", lambda b: put2(b, cf.access_off, 0x0431))
        go = method(cf, "go")
        mut("method-public-private", lambda b: put2(b, go.off, 0x000B))
        mut("method-abstract-static", lambda b: put2(b, go.off, 0x0409))
        mut("interface-index-wrong-tag", lambda b: put2(b, cf.interfaces_off + 2, first_of(cf, TAG_INT)))
        ga, gcode, glen, gexc = cf.code(go)
        n = cf.u2(gexc)
        h = [struct.unpack_from(">HHHH", data, gexc + 2 + 8 * i) for i in range(n)]
        assert h, "Rich.go needs an exception table"
        s, e, hp, ct = h[0]
        for name, new in (("exception-end-past-code", (s, glen + 10, hp, ct)),
                          ("exception-start-after-end", (e, s, hp, ct)),
                          ("exception-handler-past-code", (s, e, glen + 3, ct)),
                          ("exception-catch-type-wrong-tag", (s, e, hp, find_utf8(cf, "go")))):
            out.append((name, rebuild_code(data, cf, go, data[gcode:gcode + glen], [new] + h[1:])))
        bsm = [a for a in cf.attrs if a.name == "BootstrapMethods"][0]
        mut("bootstrap-count-huge", lambda b: put2(b, bsm.data_off, 0xFFFF))
        mut("bootstrap-method-wrong-tag", lambda b: put2(b, bsm.data_off + 2, first_of(cf, TAG_CLASS)))
        sf = [a for a in cf.attrs if a.name == "SourceFile"][0]
        mut("sourcefile-wrong-tag", lambda b: put2(b, sf.data_off, first_of(cf, TAG_CLASS)))
        mut("sourcefile-length-2-short", lambda b: put4(b, sf.off + 2, 1))
    return out


def cases(seed_dir):
    """All cases from the seed classes in seed_dir (compiled seeds/*.java)."""
    result = []
    for victim in ("Tiny", "Rich"):
        with open(os.path.join(seed_dir, victim + ".class"), "rb") as f:
            data = f.read()
        if victim == "Tiny":
            for n in range(len(data)):
                result.append(Case("truncated-%d" % n, victim, data[:n], "truncation"))
        for name, b in mutants(victim, data):
            result.append(Case("%s-%s" % (victim, name), victim, b))
    return result


if __name__ == "__main__":
    seed_dir, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    for c in cases(seed_dir):
        with open(os.path.join(out_dir, c.name + ".class"), "wb") as f:
            f.write(c.data)
