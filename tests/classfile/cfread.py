"""cfread: a small class-file reader that remembers where everything is.

Used by the Java test runner (to map class files to the source file that
produced them) and by the malformed-class generator (which needs the byte
offsets of constant-pool entries, members, attributes and code to break
them precisely).  It trusts its input: only javac's output is read here.
"""
import struct

TAG_UTF8, TAG_INT, TAG_FLOAT, TAG_LONG, TAG_DOUBLE = 1, 3, 4, 5, 6
TAG_CLASS, TAG_STRING, TAG_FIELDREF, TAG_METHODREF, TAG_IMETHODREF = 7, 8, 9, 10, 11
TAG_NAT, TAG_MHANDLE, TAG_MTYPE, TAG_DYNAMIC, TAG_INDY = 12, 15, 16, 17, 18
TAG_MODULE, TAG_PACKAGE = 19, 20

# Bytes after the tag, for fixed-size entries.
_FIXED = {TAG_INT: 4, TAG_FLOAT: 4, TAG_LONG: 8, TAG_DOUBLE: 8, TAG_CLASS: 2,
          TAG_STRING: 2, TAG_FIELDREF: 4, TAG_METHODREF: 4, TAG_IMETHODREF: 4,
          TAG_NAT: 4, TAG_MHANDLE: 3, TAG_MTYPE: 2, TAG_DYNAMIC: 4, TAG_INDY: 4,
          TAG_MODULE: 2, TAG_PACKAGE: 2}


class Entry:
    """One constant-pool entry: tag, offset of its tag byte, its value."""
    def __init__(self, tag, off, value):
        self.tag, self.off, self.value = tag, off, value


class Attr:
    def __init__(self, name, off, length):
        # off: offset of the attribute's name index; data at off + 6.
        self.name, self.off, self.length = name, off, length
        self.data_off = off + 6


class Member:
    def __init__(self, off, access, name, desc, attrs):
        self.off, self.access, self.name, self.desc, self.attrs = off, access, name, desc, attrs


class ClassFile:
    def __init__(self, data):
        self.data = data
        u2 = lambda o: struct.unpack_from(">H", data, o)[0]
        u4 = lambda o: struct.unpack_from(">I", data, o)[0]
        self.magic = u4(0)
        self.minor, self.major = u2(4), u2(6)
        count = u2(8)
        self.cp_count_off = 8
        self.cp = [None] * count
        off, i = 10, 1
        while i < count:
            tag = data[off]
            if tag == TAG_UTF8:
                n = u2(off + 1)
                self.cp[i] = Entry(tag, off, data[off + 3:off + 3 + n].decode("utf-8", "replace"))
                off += 3 + n
            else:
                size = _FIXED[tag]
                self.cp[i] = Entry(tag, off, data[off + 1:off + 1 + size])
                off += 1 + size
            i += 2 if tag in (TAG_LONG, TAG_DOUBLE) else 1
        self.cp_end = off
        self.access_off = off
        self.access = u2(off)
        self.this_class = u2(off + 2)
        self.super_class = u2(off + 4)
        nif = u2(off + 6)
        self.interfaces_off = off + 6
        off += 8 + 2 * nif
        self.fields_off = off
        self.fields, off = self._members(off)
        self.methods_off = off
        self.methods, off = self._members(off)
        self.attrs_off = off
        self.attrs, off = self._attrs(off)
        self.end = off

    def u2(self, o):
        return struct.unpack_from(">H", self.data, o)[0]

    def utf8(self, i):
        e = self.cp[i]
        return e.value if e is not None and e.tag == TAG_UTF8 else None

    def class_name(self, i):
        e = self.cp[i]
        return self.utf8(self.u2(e.off + 1)) if e is not None and e.tag == TAG_CLASS else None

    @property
    def name(self):
        return self.class_name(self.this_class)

    def _attrs(self, off):
        n, off, out = self.u2(off), off + 2, []
        for _ in range(n):
            length = struct.unpack_from(">I", self.data, off + 2)[0]
            out.append(Attr(self.utf8(self.u2(off)), off, length))
            off += 6 + length
        return out, off

    def _members(self, off):
        n, off, out = self.u2(off), off + 2, []
        for _ in range(n):
            start = off
            access, name, desc = self.u2(off), self.u2(off + 2), self.u2(off + 4)
            attrs, off = self._attrs(off + 6)
            out.append(Member(start, access, self.utf8(name), self.utf8(desc), attrs))
        return out, off

    def source_file(self):
        for a in self.attrs:
            if a.name == "SourceFile":
                return self.utf8(self.u2(a.data_off))
        return None

    def code(self, method):
        """(attr, code_offset, code_length, exc_table_offset) of a method's Code."""
        for a in method.attrs:
            if a.name == "Code":
                code_len = struct.unpack_from(">I", self.data, a.data_off + 4)[0]
                code_off = a.data_off + 8
                return a, code_off, code_len, code_off + code_len
        return None


def source_file_of(path):
    """The SourceFile attribute of a class file, or None."""
    with open(path, "rb") as f:
        return ClassFile(f.read()).source_file()
