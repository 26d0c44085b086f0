package dev.pyjama.objects;

import java.util.Arrays;

/** A Python {@code bytearray}: a growable array of bytes, {@code size} of {@code buf} in use. */
// CPython: Objects/bytearrayobject.c PyByteArrayObject
public class PyByteArray extends PyObject {
    /** {@code bytearray}. */
    public static final PyType TYPE = PyType.builtin("bytearray", null);
    /** {@code bytearray_iterator}: reads the bytearray as it is at each step. */
    public static final PyType ITERATOR = PyIter.iteratorType("bytearray_iterator");

    public byte[] buf;
    public int size;

    public PyByteArray(byte[] value) {
        this.buf = value;
        this.size = value.length;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A copy of the bytes in use. */
    public byte[] toBytes() {
        return Arrays.copyOf(buf, size);
    }

    /** Makes room for {@code n} bytes (CPython over-allocates by about an eighth). */
    // CPython: Objects/bytearrayobject.c PyByteArray_Resize
    public void ensureCapacity(int n) {
        if (n > buf.length) buf = Arrays.copyOf(buf, Math.max(n, n + (n >> 3) + (n < 9 ? 3 : 6)));
    }

    /** Replaces the bytes in use with {@code value} (kept, not copied). */
    public void set(byte[] value) {
        buf = value;
        size = value.length;
    }

    public void append(byte b) {
        ensureCapacity(size + 1);
        buf[size++] = b;
    }

    public void append(byte[] b) {
        ensureCapacity(size + b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
    }

    /** Replaces bytes [lo, hi) with {@code b}. */
    public void replace(int lo, int hi, byte[] b) {
        int newSize = size - (hi - lo) + b.length;
        byte[] out = new byte[Math.max(newSize, 0)];
        System.arraycopy(buf, 0, out, 0, lo);
        System.arraycopy(b, 0, out, lo, b.length);
        System.arraycopy(buf, hi, out, lo + b.length, size - hi);
        set(out);
    }

    // CPython: Objects/bytearrayobject.c bytearray_repr (which escapes ' whatever the quote)
    @Override
    public String repr() {
        return repr(type().name());
    }

    public String repr(String className) {
        StringBuilder sb = new StringBuilder(size + 14);
        char quote = '\'';
        for (int i = 0; i < size; i++) {
            if (buf[i] == '"') {
                quote = '\'';
                break;
            } else if (buf[i] == '\'') {
                quote = '"';
            }
        }
        sb.append(className).append("(b").append(quote);
        for (int i = 0; i < size; i++) {
            int c = buf[i] & 0xff;
            if (c == '\'' || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < ' ' || c >= 0x7f) sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            else sb.append((char) c);
        }
        return sb.append(quote).append(')').toString();
    }
}
