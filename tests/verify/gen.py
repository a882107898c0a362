"""gen: hostile class files for the bytecode verifier.

The seeds (tests/verify/seeds/*.java) are compiled by javac; each case
patches one method of one victim class (bytecode, constant-pool operands,
StackMapTable entries, the exception table, the class version) so that a
well-formed class file lies about types in one way.  cases() returns Case
objects: the name, VMain's argument (which method runs), the victim's class
file, its patched bytes, and what java must say (a substring of its first
stderr line, or "" for a class java accepts: then stdout is compared too).
Run as a script, it writes each case's class to OUT_DIR for javap:
python3 gen.py SEED_CLASS_DIR OUT_DIR.
"""
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "classfile"))
import cfread  # noqa: E402
from cfread import TAG_CLASS, TAG_FIELDREF, TAG_LONG, TAG_METHODREF, TAG_STRING  # noqa: E402


class Case:
    """expect: a substring of java's first stderr line, "" for a class java
    accepts, None for a random mutant (anything java says)."""
    def __init__(self, name, arg, victim, data, expect, main="VMain", delete=()):
        self.name, self.arg, self.victim, self.data, self.expect = name, arg, victim, data, expect
        self.main, self.delete = main, list(delete)


# Operand bytes per opcode; None: variable (switches, wide).
_OPLEN = [0] * 256
for _op, _n in [(0x10, 1), (0x11, 2), (0x12, 1), (0x13, 2), (0x14, 2), (0x84, 2), (0xa9, 1), (0xbc, 1),
                (0xb9, 4), (0xba, 4), (0xc5, 3), (0xc8, 4), (0xc9, 4)]:
    _OPLEN[_op] = _n
for _op in list(range(0x15, 0x1a)) + list(range(0x36, 0x3b)):
    _OPLEN[_op] = 1
for _op in list(range(0x99, 0xa9)) + list(range(0xb2, 0xb9)) + [0xbb, 0xbd, 0xc0, 0xc1, 0xc6, 0xc7]:
    _OPLEN[_op] = 2
for _op in (0xaa, 0xab, 0xc4):
    _OPLEN[_op] = None


def insns(code):
    """(pc, opcode, length) of each instruction."""
    pc = 0
    while pc < len(code):
        op = code[pc]
        n = _OPLEN[op]
        if n is not None:
            ln = 1 + n
        elif op == 0xc4:
            ln = 6 if code[pc + 1] == 0x84 else 4
        else:
            a = (pc + 4) & ~3
            if op == 0xaa:
                lo, hi = struct.unpack_from(">ii", code, a + 4)
                ln = a + 12 + 4 * (hi - lo + 1) - pc
            else:
                ln = a + 8 + 8 * struct.unpack_from(">i", code, a + 4)[0] - pc
        yield pc, op, ln
        pc += ln


class Victim:
    """One class file being patched: bytes plus a reader over the original."""
    def __init__(self, data):
        self.data = bytearray(data)
        self.cf = cfread.ClassFile(bytes(data))

    def method(self, name, desc=None):
        for m in self.cf.methods:
            if m.name == name and (desc is None or m.desc == desc):
                return m
        raise KeyError(name)

    def code(self, name, desc=None):
        """(file offset of the code, its bytes) of a method."""
        attr, off, ln, _ = self.cf.code(self.method(name, desc))
        return off, bytes(self.cf.data[off:off + ln])

    def at(self, name, ops, nth=0, desc=None):
        """File offset of the nth instruction of the method with an opcode in ops."""
        off, code = self.code(name, desc)
        hits = [pc for pc, op, _ in insns(code) if op in ops]
        return off + hits[nth]

    def put(self, off, bs):
        self.data[off:off + len(bs)] = bytes(bs)

    def patch(self, name, ops, bs, nth=0, desc=None):
        self.put(self.at(name, ops, nth, desc), bs)

    def u2(self, off):
        return struct.unpack_from(">H", self.data, off)[0]

    def cls(self, name):
        for i, e in enumerate(self.cf.cp):
            if e is not None and e.tag == TAG_CLASS and self.cf.class_name(i) == name:
                return i
        raise KeyError(name)

    def ref(self, tag, cls, name, desc=None):
        """Index of a Fieldref/Methodref entry."""
        for i, e in enumerate(self.cf.cp):
            if e is None or e.tag != tag:
                continue
            c, nt = struct.unpack(">HH", e.value)
            n, d = struct.unpack(">HH", self.cf.cp[nt].value)
            if self.cf.class_name(c) == cls and self.cf.utf8(n) == name and (desc is None or self.cf.utf8(d) == desc):
                return i
        raise KeyError((cls, name, desc))

    def stackmap(self, name, desc=None):
        """The method's StackMapTable frames: (pc, frame type file offset,
        [(file offset of a verification type tag, tag, operand)] of locals
        and stack entries as written)."""
        m = self.method(name, desc)
        attr, off, ln, exc = self.cf.code(m)
        nexc = self.u2(exc)
        p = exc + 2 + 8 * nexc
        nattr, p = self.u2(p), p + 2
        for _ in range(nattr):
            an, al = self.cf.utf8(self.u2(p)), struct.unpack_from(">I", self.data, p + 2)[0]
            if an == "StackMapTable":
                return self._frames(p + 6)
            p += 6 + al
        return []

    def _frames(self, p):
        n, p, out, pc = self.u2(p), p + 2, [], -1

        def vtype(p):
            tag = self.data[p]
            if tag in (7, 8):
                return (p, tag, self.u2(p + 1)), p + 3
            return (p, tag, None), p + 1
        for _ in range(n):
            fo, t, entries = p, self.data[p], []
            p += 1
            if t < 64:
                delta = t
            elif t < 128:
                delta = t - 64
                e, p = vtype(p)
                entries.append(e)
            else:
                delta, p = self.u2(p), p + 2
                if t == 247:
                    e, p = vtype(p)
                    entries.append(e)
                elif 252 <= t <= 254:
                    for _ in range(t - 251):
                        e, p = vtype(p)
                        entries.append(e)
                elif t == 255:
                    for _ in range(2):
                        k, p = self.u2(p), p + 2
                        for _ in range(k):
                            e, p = vtype(p)
                            entries.append(e)
            pc = delta if pc < 0 else pc + delta + 1
            out.append((pc, fo, entries))
        return out

    def set_major(self, major):
        self.put(6, struct.pack(">H", major))

    def bytes(self):
        return bytes(self.data)


NOP, ICONST_0, ACONST_NULL, FCONST_0 = 0x00, 0x03, 0x01, 0x0b


def _cases(classes):
    """(name, arg, victim class file, mutate(Victim), expect) for each case."""
    V = "VSeed.class"
    C = "VCtor.class"
    S = "vp/VSub.class"

    def nops(n):
        return [NOP] * n

    out = []

    def case(name, arg, victim, expect="VerifyError"):
        def deco(fn):
            out.append((name, arg, victim, fn, expect))
            return fn
        return deco

    # -- operand stack types --
    @case("int-as-reference", "length", V)
    def _(v): v.patch("length", {0x2a}, [ICONST_0])                     # aload_0 -> iconst_0

    @case("call-on-uninitialized-new", "hash", V)
    def _(v):
        v.patch("hash", {0x59}, [NOP])                                  # dup
        v.patch("hash", {0xb7}, nops(3))                           # invokespecial <init>

    @case("return-int-as-reference", "str", V)
    def _(v): v.patch("str", {0x12}, [ICONST_0, NOP])                   # ldc "x" -> iconst_0

    @case("bad-return-type", "cast", V)
    def _(v): v.patch("cast", {0xc0}, nops(3))                     # drop checkcast String

    @case("getfield-wrong-class", "otherField", V)
    def _(v): v.patch("otherField", {0x2b}, [0x2a])                     # aload_1 -> aload_0 (VSeed)

    @case("putfield-wrong-value", "setOwn", V)
    def _(v): v.patch("setOwn", {0x04}, [ACONST_NULL])                  # iconst_1 -> aconst_null

    @case("argument-wrong-class", "otherCall", V)
    def _(v): v.patch("otherCall", {0x2a}, [0x2b])                      # VOther arg <- String

    @case("arraylength-not-array", "arrLen", V)
    def _(v): v.patch("arrLen", {0x2b}, [0x2a])                         # a.length on the String

    @case("aastore-into-int-array", "objs", V)
    def _(v): v.patch("objs", {0xbd}, [0xbc, 10, NOP])                  # anewarray -> newarray int

    @case("athrow-not-throwable", "thrower", V)
    def _(v): v.patch("thrower", {0x2b}, [0x2a])                        # throw the String

    @case("acmp-on-ints", "compare", V)
    def _(v): v.patch("compare", {0x2b}, [0x1c])                        # aload_1 -> iload_2

    @case("monitorenter-on-int", "sync", V)
    def _(v):
        v.patch("sync", {0x2a}, [0x1b])                                 # aload_0 -> iload_1
        v.patch("sync", {0x4d}, [0x57])                                 # astore_2 -> pop

    @case("checkcast-on-float", "cast", V)
    def _(v): v.patch("cast", {0x2a}, [FCONST_0])

    @case("stack-underflow", "one", V)
    def _(v): v.patch("one", {0x04}, [NOP])                             # ireturn of nothing

    @case("stack-overflow", "one", V)
    def _(v):
        attr, off, ln, _ = v.cf.code(v.method("one"))
        v.put(off - 8, struct.pack(">H", 0))                            # max_stack 0

    @case("invokeinterface-bad-count", "viaIface", V)
    def _(v): v.put(v.at("viaIface", {0xb9}) + 3, [2])                  # count must be 4

    @case("interface-arg-is-any-object", "viaIface", V, "IncompatibleClassChangeError")
    def _(v):
        # viaIface(new VSeed()) -> viaIface(new VOther()): interfaces are Object
        # to the verifier; invokeinterface finds out at run time.
        off, code = v.code("run")
        mi = v.ref(TAG_METHODREF, "VSeed", "viaIface")
        pcs = [pc for pc, op, _ in insns(code) if op == 0xb8 and struct.unpack_from(">H", code, pc + 1)[0] == mi]
        p = off + pcs[0] - 7                                            # new; dup; invokespecial
        v.put(p + 1, struct.pack(">H", v.cls("VOther")))
        v.put(p + 5, struct.pack(">H", v.ref(TAG_METHODREF, "VOther", "<init>", "()V")))

    # -- locals --
    @case("read-unset-local", "local", V)
    def _(v): v.patch("local", {0x3b}, [0x57])                          # istore_0 -> pop

    @case("iinc-on-reference", "bump", V)
    def _(v): v.put(v.at("bump", {0x84}) + 1, [1])                      # iinc 1 (the String)

    @case("load-long-second-half", "pair", V)
    def _(v): v.patch("pair", {0x1e}, [0x1f])                           # lload_0 -> lload_1

    @case("pop-half-a-long", "narrow", V)
    def _(v): v.patch("narrow", {0x88}, [0x57])                         # l2i -> pop

    @case("dup-a-long", "dupLong", V)
    def _(v): v.patch("dupLong", {0x41}, [0x59])                        # lstore_2 -> dup

    @case("getstatic-long-as-int", "staticLong", V)
    def _(v): v.patch("staticLong", {0xad}, [0xac])                     # lreturn -> ireturn

    # -- control flow and stack maps --
    @case("branch-stack-mismatch", "cond", V)
    def _(v): v.patch("cond", {0x04}, [NOP])                            # iconst_1 before goto

    @case("falls-off-the-end", "nothing", V)
    def _(v): v.patch("nothing", {0xb1}, [NOP])

    @case("expects-return-value", "one", V)
    def _(v): v.patch("one", {0xac}, [0xb1])                            # ireturn -> return

    @case("no-return-value-expected", "setOwn", V)
    def _(v):
        v.patch("setOwn", {0xb5}, [NOP, NOP, NOP])                      # keep this, 1 on the stack
        v.patch("setOwn", {0xb1}, [0xac])                               # return -> ireturn

    @case("code-after-goto-without-frame", "cond", V)
    def _(v):
        off, code = v.code("cond")
        d = struct.unpack_from(">h", code, 2)[0]
        v.put(off, [NOP, 0xa7] + list(struct.pack(">h", d)))           # iload_0 ifeq L -> nop goto L

    @case("branch-without-frame", "loop", V)
    def _(v):
        off = v.at("loop", {0xa7})                                      # goto L -> goto L+1
        v.put(off + 1, struct.pack(">h", struct.unpack_from(">h", v.data, off + 1)[0] + 1))

    @case("stackmap-wrong-local-type", "loop", V)
    def _(v): float_in_loop_frame(v)

    @case("stackmap-reserved-frame-type", "loop", V, "ClassFormatError")
    def _(v):
        pc, fo, entries = v.stackmap("loop")[0]
        v.put(fo, [200])

    @case("stackmap-uninitialized-bad-offset", "ctor0", C, "Error")
    def _(v):
        # An Object entry (same length) becomes Uninitialized(1): no new there.
        for pc, fo, entries in v.stackmap("make"):
            for p, tag, arg in entries:
                if tag == 7:
                    v.put(p, [8] + list(struct.pack(">H", 1)))
                    return
        raise KeyError("no Object entry")

    @case("switch-on-reference", "sw", V)
    def _(v): v.patch("sw", {0x1a}, [ACONST_NULL])                      # iload_0 -> aconst_null

    @case("jsr-in-new-class-file", "loop", V)
    def _(v): v.patch("loop", {0xa7}, [0xa8])                           # goto -> jsr

    # -- exception handlers --
    @case("handler-frame-mismatch", "handler", V)
    def _(v):
        s = v.cls("java/lang/String")
        for pc, fo, entries in v.stackmap("handler"):
            for p, tag, arg in entries:
                if tag == 7 and v.cf.class_name(arg) == "java/lang/ArithmeticException":
                    v.put(p + 1, struct.pack(">H", s))
                    return
        raise KeyError("no handler frame")

    @case("catch-type-not-throwable", "handler", V)
    def _(v):
        attr, off, ln, exc = v.cf.code(v.method("handler"))
        v.put(exc + 2 + 6, struct.pack(">H", v.cls("java/lang/String")))

    # -- objects, <init> and uninitializedThis --
    @case("ctor-without-super", "ctor0", C)
    def _(v): v.patch("<init>", {0x2a, 0xb7}, nops(4), desc="()V")

    @case("call-on-uninitialized-this", "ctorInt", C)
    def _(v):
        off, code = v.code("<init>", "(I)V")
        # aload_0 invokespecial <init> | aload_0 invokevirtual hashCode pop -> swap the two
        v.put(off, code[4:9] + code[0:4])

    @case("field-before-super-ok", "ctorII", C, "")
    def _(v):
        off, code = v.code("<init>", "(II)V")
        # aload_0 invokespecial | aload_0 iload_1 putfield -> putfield first (own field: legal)
        v.put(off, code[4:9] + code[0:4])

    @case("own-object-field-before-super-ok", "ctorStr", C, "")
    def _(v):
        off, code = v.code("<init>", "(Ljava/lang/String;)V")
        # o = new VOther() before super(): the class's own field, legal
        v.put(off, code[4:15] + code[0:4])

    @case("getfield-on-uninitialized-this", "ctorLong", C)
    def _(v):
        off, code = v.code("<init>", "(J)V")
        # this(); f = 1  ->  aload_0 nop getfield f; this()
        v.put(off, bytes([0x2a, NOP, 0xb4]) + code[7:9] + code[0:4])

    @case("init-of-unrelated-class", "ctor0", C)
    def _(v):
        v.put(v.at("<init>", {0xb7}, desc="()V") + 1, struct.pack(">H", v.ref(TAG_METHODREF, "VOther", "<init>", "()V")))

    @case("wrong-init-for-new", "make", V)
    def _(v):
        v.put(v.at("make", {0xb7}) + 1, struct.pack(">H", v.ref(TAG_METHODREF, "java/lang/Object", "<init>", "()V")))

    @case("invokevirtual-init", "make", V)
    def _(v): v.patch("make", {0xb7}, [0xb6])

    @case("invokespecial-unrelated", "otherCall", V)
    def _(v): v.patch("otherCall", {0xb6}, [0xb7])                      # invokespecial VOther.twice

    # -- protected access (4.10.1.8) --
    @case("protected-field-other-object", "protField", S)
    def _(v): v.patch("field", {0x2a}, [0x2b])                          # super.pf on the VBase arg

    @case("protected-method-other-object", "protMethod", S)
    def _(v):
        mi = v.ref(TAG_METHODREF, "vp/VSub", "pm")
        e = v.cf.cp[mi]
        v.put(e.off + 1, struct.pack(">H", v.cls("vq/VBase")))          # VSub.pm -> VBase.pm
        v.patch("method", {0x2a}, [0x2b])

    @case("protected-method-on-this-ok", "protMethod", S, "")
    def _(v):
        mi = v.ref(TAG_METHODREF, "vp/VSub", "pm")
        v.put(v.cf.cp[mi].off + 1, struct.pack(">H", v.cls("vq/VBase")))

    # -- old class files: type inference, jsr/ret --
    @case("old-valid", "handler", V, "")
    def _(v): v.set_major(49)

    @case("old-valid-constructors", "ctorII", C, "")
    def _(v): v.set_major(49)

    @case("old-valid-protected", "protMethod", S, "")
    def _(v): v.set_major(49)

    @case("old-int-as-reference", "length", V)
    def _(v):
        v.set_major(49)
        v.patch("length", {0x2a}, [ICONST_0])

    @case("old-read-unset-local", "local", V)
    def _(v):
        v.set_major(49)
        v.patch("local", {0x3b}, [0x57])

    @case("old-branch-stack-mismatch", "cond", V)
    def _(v):
        v.set_major(49)
        v.patch("cond", {0x04}, [NOP])

    @case("old-falls-off-the-end", "nothing", V)
    def _(v):
        v.set_major(49)
        v.patch("nothing", {0xb1}, [NOP])

    @case("old-bad-return-type", "cast", V)
    def _(v):
        v.set_major(49)
        v.patch("cast", {0xc0}, nops(3))

    @case("v50-failover-valid", "loop", V, "")
    def _(v):
        v.set_major(50)
        float_in_loop_frame(v)                                          # type checking fails, inference passes

    @case("v50-failover-lie", "length", V)
    def _(v):
        v.set_major(50)
        v.patch("length", {0x2a}, [ICONST_0])

    # -- instruction structure: HotSpot's verifier, not its parser, rejects
    # these, at link time (tests/verify/check.py compares the wording) --
    def structure(name, arg, fn, expect="VerifyError"):
        case(name, arg, V, expect)(fn)

        def old_fn(v):
            v.set_major(49)
            fn(v)
        case("old-" + name, arg, V, expect)(old_fn)

    def tswitch(v, name, op):
        """File offset of the switch's aligned operands (default, then the rest)."""
        off, code = v.code(name)
        pc = [pc for pc, o, _ in insns(code) if o == op][0]
        return off + ((pc + 4) & ~3), off + pc

    def handler_entry(v):
        attr, off, ln, exc = v.cf.code(v.method("handler"))
        return exc + 2

    structure("bad-opcode", "one", lambda v: v.patch("one", {0x04}, [0xcb]))
    structure("undefined-opcode", "local", lambda v: v.patch("local", {0x1a}, [0xf0]))
    structure("internal-opcode", "local", lambda v: v.patch("local", {0x1a}, [0xdc]))  # HotSpot's fast_aload_0
    structure("breakpoint-opcode", "local", lambda v: v.patch("local", {0x1a}, [0xca]))
    structure("insn-past-the-end", "one", lambda v: v.patch("one", {0xac}, [0x11]))  # ireturn -> sipush
    structure("branch-into-an-operand", "cond",
              lambda v: v.put(v.at("cond", {0x99}) + 1, struct.pack(">h", 1)))
    structure("branch-outside-the-code", "cond",
              lambda v: v.put(v.at("cond", {0x99}) + 1, struct.pack(">h", 0x7000)))
    structure("branch-before-the-code", "cond",
              lambda v: v.put(v.at("cond", {0x99}) + 1, struct.pack(">h", -4)))
    structure("cp-index-out-of-range", "staticLong",
              lambda v: v.put(v.at("staticLong", {0xb2}) + 1, struct.pack(">H", 0xfff0)))
    structure("cp-index-zero", "staticLong",
              lambda v: v.put(v.at("staticLong", {0xb2}) + 1, struct.pack(">H", 0)))
    structure("getstatic-of-a-method", "staticLong",
              lambda v: v.put(v.at("staticLong", {0xb2}) + 1, struct.pack(">H", cp_index(v, TAG_METHODREF))))
    structure("invokevirtual-of-a-field", "otherCall",
              lambda v: v.put(v.at("otherCall", {0xb6}) + 1, struct.pack(">H", cp_index(v, TAG_FIELDREF))))
    structure("new-of-a-string", "make",
              lambda v: v.put(v.at("make", {0xbb}) + 1, struct.pack(">H", cp_index(v, TAG_STRING))))
    structure("ldc-of-a-method", "str", lambda v: v.put(v.at("str", {0x12}) + 1, [cp_index(v, TAG_METHODREF)]))
    structure("ldc-of-a-long", "str", lambda v: v.put(v.at("str", {0x12}) + 1, [cp_index(v, TAG_LONG)]))
    structure("ldc2w-of-a-string", "big",
              lambda v: v.put(v.at("big", {0x14}) + 1, struct.pack(">H", cp_index(v, TAG_STRING))))
    structure("local-out-of-range", "local", lambda v: v.patch("local", {0x1a}, [0x1b]))     # iload_0 -> iload_1
    structure("long-local-out-of-range", "pair", lambda v: v.patch("pair", {0x20}, [0x21]))  # lload_2 -> lload_3
    structure("iinc-out-of-range", "bump", lambda v: v.put(v.at("bump", {0x84}) + 1, [9]))
    structure("wide-of-bipush", "local", lambda v: v.put(v.code("local")[0], [0xc4, 0x10, 0, 0]))
    structure("wide-local-out-of-range", "bump",
              lambda v: v.patch("bump", {0x84}, [0xc4, 0x15, 0x01, 0x00]))                # wide iload 256

    def table_bounds(v):
        a, _ = tswitch(v, "sw", 0xaa)
        lo, hi = struct.unpack_from(">ii", v.data, a + 4)
        v.put(a + 4, struct.pack(">ii", hi, lo))
    structure("tableswitch-low-above-high", "sw", table_bounds)

    def table_empty(v):
        a, _ = tswitch(v, "sw", 0xaa)
        lo, hi = struct.unpack_from(">ii", v.data, a + 4)
        v.put(a + 4, struct.pack(">ii", hi + 1, hi))                    # no keys: the same length
        v.put(a + 12, [NOP] * 4)                                        # a table of nops
    structure("tableswitch-low-is-high-plus-one", "sw", table_empty)

    def switch_default(v):
        a, pc = tswitch(v, "sparse", 0xab)
        v.put(a, struct.pack(">i", 2))
    structure("lookupswitch-default-into-an-operand", "sparse", switch_default)

    def lookup_unsorted(v):
        a, _ = tswitch(v, "sparse", 0xab)
        k0, t0, k1, t1 = struct.unpack_from(">iiii", v.data, a + 8)
        v.put(a + 8, struct.pack(">iiii", k1, t1, k0, t0))
    structure("lookupswitch-unsorted", "sparse", lookup_unsorted)

    def lookup_negative(v):
        a, _ = tswitch(v, "sparse", 0xab)
        v.put(a + 4, struct.pack(">i", -1))
    structure("lookupswitch-negative-count", "sparse", lookup_negative)

    def switch_target(v):
        a, pc = tswitch(v, "sw", 0xaa)
        v.put(a + 12, struct.pack(">i", struct.unpack_from(">i", v.data, a + 12)[0] + 1))
    structure("tableswitch-target-into-an-operand", "sw", switch_target)

    def padding(major):
        def fn(v):
            v.set_major(major)
            a, pc = tswitch(v, "sw", 0xaa)
            assert a > pc + 1, "no padding"
            v.put(pc + 1, [1])
        return fn
    case("switch-nonzero-padding-v50", "sw", V)(padding(50))
    case("switch-nonzero-padding-v51-ok", "sw", V, "")(padding(51))
    case("old-switch-nonzero-padding", "sw", V)(padding(49))

    structure("handler-start-inside-an-insn", "handler",
              lambda v: v.put(handler_entry(v), struct.pack(">H", v.u2(handler_entry(v)) + 1)), "ClassFormatError")
    # handler(): bipush 10 (two bytes) starts the try range.
    structure("handler-end-inside-an-insn", "handler",
              lambda v: v.put(handler_entry(v) + 2, struct.pack(">H", v.u2(handler_entry(v)) + 1)), "ClassFormatError")
    structure("handler-pc-inside-an-insn", "handler",
              lambda v: v.put(handler_entry(v) + 4, struct.pack(">H", v.u2(handler_entry(v)) + 1)), "ClassFormatError")
    structure("newarray-bad-type", "ints", lambda v: v.put(v.at("ints", {0xbc}) + 1, [3]))
    structure("multianewarray-zero-dims", "grid", lambda v: v.put(v.at("grid", {0xc5}) + 3, [0]))
    structure("multianewarray-too-many-dims", "grid", lambda v: v.put(v.at("grid", {0xc5}) + 3, [3]))
    structure("invokeinterface-zero-count", "viaIface", lambda v: v.put(v.at("viaIface", {0xb9}) + 3, [0]))
    structure("invokeinterface-nonzero-fourth", "viaIface", lambda v: v.put(v.at("viaIface", {0xb9}) + 4, [1]))

    # VSeed's verification loads VKid (kid() returns it as a VOther), but
    # nothing links it: its bad instruction is never reported.
    @case("bad-opcode-in-a-loaded-class-never-linked", "length", "VKid.class", "")
    def _(v): v.patch("<init>", {0x2a}, [0xcb])

    @case("bad-opcode-in-a-linked-class", "kid", "VKid.class")
    def _(v): v.patch("<init>", {0x2a}, [0xcb])

    return out


def cp_index(v, tag):
    """The first constant-pool entry with the tag below 256 (ldc reaches it)."""
    return next(i for i, e in enumerate(v.cf.cp) if e is not None and e.tag == tag and i < 256)


def float_in_loop_frame(v):
    """loop()'s first frame says an int local is a float."""
    pc, fo, entries = v.stackmap("loop")[0]
    for p, tag, arg in entries:
        if tag == 1:
            v.put(p, [2])
            return
    raise KeyError("no int in loop's frame")


def jsr_code(bad):
    """A static ()I method with a subroutine: jsr; iload_1; ireturn;
    astore_2; iconst_3 (or fconst_0); istore_1 (or fstore_1); ret 2."""
    return bytes([0xa8, 0x00, 0x05, 0x1b, 0xac, 0x4d,
                  FCONST_0 if bad else 0x06, 0x44 if bad else 0x3c, 0xa9, 0x02])


def _jsr_case(classes, bad):
    """VSeed at version 49 with one()'s code replaced by a subroutine."""
    v = Victim(classes["VSeed.class"])
    v.set_major(49)
    m = v.method("one")
    attr, off, ln, exc = v.cf.code(m)
    new = jsr_code(bad)
    data = v.bytes()
    end = attr.data_off + attr.length
    body = struct.pack(">HHI", 2, 3, len(new)) + new + data[exc:end]
    return data[:attr.off + 2] + struct.pack(">I", len(body)) + body + data[end:]


def cases(seed_dir):
    classes = {}
    for root, _, files in os.walk(seed_dir):
        for f in files:
            if f.endswith(".class"):
                p = os.path.join(root, f)
                classes[os.path.relpath(p, seed_dir)] = open(p, "rb").read()
    out = []
    for name, arg, victim, fn, expect in _cases(classes):
        v = Victim(classes[victim])
        fn(v)
        out.append(Case(name, arg, victim, v.bytes(), expect))
    # The main class itself fails: the launcher's "Unable to initialize main class".
    for name, major in (("main-class-lie", 61), ("main-class-old-lie", 49)):
        v = Victim(classes["VSeed.class"])
        v.set_major(major)
        v.patch("length", {0x2a}, [ICONST_0])
        out.append(Case(name, "length", "VSeed.class", v.bytes(), "Unable to initialize main class", main="VSeed"))
    # Assignability loads classes: VKid -> VOther needs VKid, which is gone.
    out.append(Case("missing-class-for-assignability", "kid", "VSeed.class", classes["VSeed.class"],
                    "NoClassDefFoundError: VKid", delete=["VKid.class"]))
    out.append(Case("main-class-missing-class-for-assignability", "kid", "VSeed.class", classes["VSeed.class"],
                    "Unable to initialize main class", main="VSeed", delete=["VKid.class"]))
    out.append(Case("old-jsr-ret-valid", "one", "VSeed.class", _jsr_case(classes, False), ""))
    out.append(Case("old-jsr-ret-lie", "one", "VSeed.class", _jsr_case(classes, True), "VerifyError"))
    return out


def mutants(seed_dir, n, seed=1):
    """n random mutants: a few bytes of one method's code or stack map in
    VSeed, VCtor or VSub (a third relabelled version 49), reproducible from
    the seed.  The verifier must not crash on them, and must agree with
    java."""
    import random
    rnd = random.Random(seed)
    victims = [("VSeed.class", None), ("VSeed.class", None), ("VCtor.class", "ctorInt"),
               ("vp/VSub.class", "protMethod")]
    likely = [NOP, ACONST_NULL, 0x02, ICONST_0, 0x2a, 0x2b, 0x1a, 0x57, 0x59, 0xb1, 0xac, 0xb0, 0xa7]
    out = []
    for i in range(n):
        victim, arg = rnd.choice(victims)
        v = Victim(open(os.path.join(seed_dir, victim), "rb").read())
        if rnd.random() < 0.3:
            v.set_major(49)
        m = rnd.choice([m for m in v.cf.methods if v.cf.code(m)])
        attr, off, ln, _ = v.cf.code(m)
        frames = v.stackmap(m.name, m.desc)
        for _ in range(rnd.randint(1, 3)):
            if frames and rnd.random() < 0.25:     # a frame's type byte or an entry's tag/operand
                pc, fo, entries = rnd.choice(frames)
                p = rnd.choice([fo] + [e[0] + k for e in entries for k in range(3 if e[1] in (7, 8) else 1)])
                v.put(p, [rnd.randrange(256) if rnd.random() < 0.5 else rnd.randrange(9)])
            else:
                v.put(off + rnd.randrange(ln), [rnd.randrange(256) if rnd.random() < 0.5 else rnd.choice(likely)])
        if arg is None:
            arg = m.name if m.name not in ("<init>", "<clinit>", "run") else "length"
        name = "mutant-%03d-%s-%s" % (i, victim.split("/")[-1][:-6], m.name.strip("<>"))
        out.append(Case(name, arg, victim, v.bytes(), None))
    return out


if __name__ == "__main__":
    os.makedirs(sys.argv[2], exist_ok=True)
    for c in cases(sys.argv[1]):
        d = os.path.join(sys.argv[2], c.name, os.path.dirname(c.victim))
        os.makedirs(d, exist_ok=True)
        open(os.path.join(sys.argv[2], c.name, c.victim), "wb").write(c.data)
