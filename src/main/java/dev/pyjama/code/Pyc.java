package dev.pyjama.code;

import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyHash;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;

/**
 * {@code .pyc} files as CPython 3.13's importlib writes and checks them: a 16-byte header
 * (magic number, flags, then either source mtime and size or an 8-byte source hash) followed
 * by the marshalled module code object.
 */
// CPython: Lib/importlib/_bootstrap_external.py _classify_pyc, _code_to_timestamp_pyc,
// _code_to_hash_pyc, _compile_bytecode; Python/import.c _imp_source_hash_impl
public final class Pyc {
    private Pyc() {}

    /** The bytecode magic number of CPython 3.13.0 (3571). */
    public static final int MAGIC_NUMBER = 3571;
    /** The four bytes a 3.13 .pyc starts with: the number, then {@code \r\n}. */
    public static final byte[] MAGIC = {(byte) (MAGIC_NUMBER & 0xff), (byte) (MAGIC_NUMBER >> 8), '\r', '\n'};
    /** Flag bits of the header's second word. */
    public static final int FLAG_HASH_BASED = 1, FLAG_CHECK_SOURCE = 2;
    public static final int HEADER_SIZE = 16;

    /** The header: {@code sourceHash} is set for hash-based pycs, mtime and size otherwise. */
    public record Header(int flags, long mtime, long sourceSize, byte[] sourceHash) {
        public boolean hashBased() {
            return (flags & FLAG_HASH_BASED) != 0;
        }
    }

    /** A timestamp-based pyc: mtime and size are stored modulo 2**32, as importlib does. */
    public static byte[] timestamped(PyCode code, long mtime, long sourceSize) {
        byte[] header = new byte[HEADER_SIZE];
        System.arraycopy(MAGIC, 0, header, 0, 4);
        putU32(header, 8, mtime);
        putU32(header, 12, sourceSize);
        return concat(header, Marshal.dumps(code));
    }

    /** A hash-based pyc ({@code checkSource}: verified against the source on import). */
    public static byte[] hashed(PyCode code, byte[] sourceHash, boolean checkSource) {
        byte[] header = new byte[HEADER_SIZE];
        System.arraycopy(MAGIC, 0, header, 0, 4);
        putU32(header, 4, FLAG_HASH_BASED | (checkSource ? FLAG_CHECK_SOURCE : 0));
        System.arraycopy(sourceHash, 0, header, 8, 8);
        return concat(header, Marshal.dumps(code));
    }

    /** {@code importlib.util.source_hash(source)}: SipHash-1-3 keyed by the magic word, 8 bytes little-endian. */
    public static byte[] sourceHash(byte[] source) {
        long key = (MAGIC[0] & 0xffL) | (MAGIC[1] & 0xffL) << 8 | (MAGIC[2] & 0xffL) << 16 | (MAGIC[3] & 0xffL) << 24;
        long h = PyHash.keyedHash(key, source);
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) out[i] = (byte) (h >>> (8 * i));
        return out;
    }

    /** Checks the header as importlib does, raising ImportError or EOFError with its messages. */
    // CPython: Lib/importlib/_bootstrap_external.py _classify_pyc
    public static Header header(byte[] data, String name) {
        if (data.length < 4 || data[0] != MAGIC[0] || data[1] != MAGIC[1] || data[2] != MAGIC[2] || data[3] != MAGIC[3]) {
            byte[] magic = java.util.Arrays.copyOf(data, Math.min(4, data.length));
            throw new PyException("ImportError", "bad magic number in " + PyStr.repr(name) + ": "
                    + new dev.pyjama.objects.PyBytes(magic).repr());
        }
        if (data.length < HEADER_SIZE) {
            throw new PyException("EOFError", "reached EOF while reading pyc header of " + PyStr.repr(name));
        }
        int flags = (int) getU32(data, 4);
        if ((flags & ~0b11) != 0) {
            throw new PyException("ImportError", "invalid flags " + Integer.toUnsignedString(flags) + " in " + PyStr.repr(name));
        }
        if ((flags & FLAG_HASH_BASED) != 0) {
            return new Header(flags, 0, 0, java.util.Arrays.copyOfRange(data, 8, 16));
        }
        return new Header(flags, getU32(data, 8), getU32(data, 12), null);
    }

    /** The module code object of a pyc (header checked, then unmarshalled). */
    // CPython: Lib/importlib/_bootstrap_external.py _compile_bytecode
    public static PyCode load(byte[] data, String name) {
        header(data, name);
        PyObject code = Marshal.loads(data, HEADER_SIZE, data.length - HEADER_SIZE, true);
        if (!(code instanceof PyCode)) {
            throw new PyException("ImportError", "Non-code object in " + PyStr.repr(name));
        }
        return (PyCode) code;
    }

    private static void putU32(byte[] b, int at, long v) {
        for (int i = 0; i < 4; i++) b[at + i] = (byte) (v >>> (8 * i));
    }

    private static long getU32(byte[] b, int at) {
        long v = 0;
        for (int i = 3; i >= 0; i--) v = (v << 8) | (b[at + i] & 0xff);
        return v;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
