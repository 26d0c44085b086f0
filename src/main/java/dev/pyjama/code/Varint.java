package dev.pyjama.code;

/**
 * The two variable-length integer encodings of code objects. Both use 6 data bits per byte
 * and bit 6 as "more follows"; the location table puts the low bits first, the exception
 * table the high bits first (and marks an entry's first byte with bit 7).
 */
// CPython: Objects/codeobject.c scan_varint, scan_signed_varint; Include/internal/pycore_code.h parse_varint
final class Varint {
    private Varint() {}

    /** The location table's unsigned varint at {@code p} (bytes past the end read as 0). */
    static int unsignedAt(byte[] t, int p) {
        int read = at(t, p++);
        int val = read & 63, shift = 0;
        while ((read & 64) != 0) {
            read = at(t, p++);
            shift += 6;
            val |= (read & 63) << shift;
        }
        return val;
    }

    /** The location table's signed varint at {@code p}: zig-zag with the sign in bit 0. */
    static int signedAt(byte[] t, int p) {
        int u = unsignedAt(t, p);
        return (u & 1) != 0 ? -(u >>> 1) : u >>> 1;
    }

    private static int at(byte[] t, int p) {
        return p < t.length ? t[p] & 0xff : 0;
    }
}
