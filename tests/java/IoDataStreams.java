// DataOutputStream/DataInputStream: big-endian bytes of every primitive, writeUTF's
// modified UTF-8 (NUL as C0 80, supplementary characters as surrogate triples),
// writeBytes/writeChars, size(), readFully, skipBytes, unsigned reads, EOFException.
import java.io.*;

public class IoDataStreams {
    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(String.format("%02x", x));
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bo);
        out.writeBoolean(true); out.writeByte(-2); out.writeShort(-300); out.writeChar('é'); out.writeInt(0xCAFEBABE); out.writeLong(-1L << 40);
        out.writeFloat(1.5f); out.writeDouble(-0.1); out.writeUTF("a\u0000é\uD83D\uDE00"); out.writeBytes("AB\u0141"); out.writeChars("hi");
        out.flush();
        byte[] bytes = bo.toByteArray();
        System.out.println(out.size() + " " + bytes.length + " " + hex(bytes));
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        System.out.println(in.readBoolean() + " " + in.readByte() + " " + in.readShort() + " " + in.readChar() + " " + Integer.toHexString(in.readInt()) + " " + in.readLong() + " " + in.readFloat() + " " + in.readDouble());
        String utf = in.readUTF();
        System.out.println(utf.length() + " " + utf.codePoints().mapToObj(Integer::toHexString).toList());
        byte[] three = new byte[3];
        in.readFully(three);
        System.out.println(hex(three) + " " + in.readChar() + in.readChar() + " avail=" + in.available());
        try { in.readInt(); } catch (EOFException e) { System.out.println("EOFException " + e.getMessage()); }
        DataInputStream u = new DataInputStream(new ByteArrayInputStream(new byte[]{-1, -1, -1, 5, 6, 7, 8}));
        System.out.println(u.readUnsignedByte() + " " + u.readUnsignedShort() + " " + u.skipBytes(2) + " " + u.read() + " " + u.skipBytes(10) + " " + u.read());
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        DataOutputStream bd = new DataOutputStream(big);
        for (int i = 0; i < 500; i++) { bd.writeInt(i * i); bd.writeUTF("s" + i); }
        DataInputStream br = new DataInputStream(new ByteArrayInputStream(big.toByteArray()));
        long sum = 0;
        int ok = 0;
        for (int i = 0; i < 500; i++) { sum += br.readInt(); if (br.readUTF().equals("s" + i)) ok++; }
        System.out.println(bd.size() + " " + sum + " " + ok);
        try { new DataOutputStream(new ByteArrayOutputStream()).writeUTF("x".repeat(70000)); } catch (UTFDataFormatException e) { System.out.println("UTFDataFormatException " + e.getMessage()); }
        byte[] badUtf = {0, 2, (byte) 0xC0, 0x41};
        try { new DataInputStream(new ByteArrayInputStream(badUtf)).readUTF(); } catch (UTFDataFormatException e) { System.out.println("bad modified UTF-8: " + e.getMessage()); }
    }
}
