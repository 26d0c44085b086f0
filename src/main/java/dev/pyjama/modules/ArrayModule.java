package dev.pyjama.modules;

import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyType;

/** {@code array}: typed arrays of numbers stored as bytes (filled in below). */
// CPython: Modules/arraymodule.c
public final class ArrayModule {
    private ArrayModule() {}

    public static final PyType ARRAY = PyType.builtin("array.array", null);

    /** An array: its typecode's item size and the items' bytes in native (little-endian) order. */
    static final class Array extends PyObject {
        byte[] data = new byte[0];
        int length;

        @Override public PyType type() { return ARRAY; }

        @Override public String repr() { return "array"; }

        byte[] toBytes() {
            return java.util.Arrays.copyOf(data, length);
        }

        int byteLength() {
            return length;
        }

        void writeBytes(int offset, byte[] b) {
            System.arraycopy(b, 0, data, offset, b.length);
        }
    }
}
