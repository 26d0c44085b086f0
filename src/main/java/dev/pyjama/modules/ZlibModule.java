package dev.pyjama.modules;

import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyType;
import java.io.ByteArrayOutputStream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * {@code zlib} on java.util.zip (which wraps zlib itself): one-shot compress/decompress, the
 * streaming Compress/Decompress objects, crc32 and adler32. The zlib container (wbits 9..15) and
 * raw deflate (-15..-9) are java.util.zip's; the gzip container (wbits 25..31, and 40..47 for
 * automatic detection on decompression) is written and read here ({@link Gzip}).
 */
// CPython: Modules/zlibmodule.c
public final class ZlibModule {
    private ZlibModule() {}

    static final PyType ERROR = PyType.builtin("zlib.error", dev.pyjama.objects.ExceptionTypes.EXCEPTION);
    static final PyType COMPRESS = PyType.builtin("zlib.Compress", null);
    static final PyType DECOMPRESS = PyType.builtin("zlib.Decompress", null);
    static final int MAX_WBITS = 15, DEF_BUF_SIZE = 16384, Z_FINISH = 4, Z_NO_FLUSH = 0;

    static {
        ERROR.dict.put("__module__", PyStr.of("zlib"));
        ZlibStreams.install(COMPRESS, DECOMPRESS);
    }

    static PyException error(String message) {
        return Errors.raise(ERROR, message);
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("zlib");
        ModuleSupport.set(m, "error", ERROR);
        ModuleSupport.set(m, "MAX_WBITS", MAX_WBITS);
        ModuleSupport.set(m, "DEFLATED", 8);
        ModuleSupport.set(m, "DEF_MEM_LEVEL", 8);
        ModuleSupport.set(m, "DEF_BUF_SIZE", DEF_BUF_SIZE);
        String[] consts = {"Z_NO_COMPRESSION", "0", "Z_BEST_SPEED", "1", "Z_BEST_COMPRESSION", "9",
            "Z_DEFAULT_COMPRESSION", "-1", "Z_FILTERED", "1", "Z_HUFFMAN_ONLY", "2", "Z_RLE", "3", "Z_FIXED", "4",
            "Z_DEFAULT_STRATEGY", "0", "Z_NO_FLUSH", "0", "Z_PARTIAL_FLUSH", "1", "Z_SYNC_FLUSH", "2",
            "Z_FULL_FLUSH", "3", "Z_FINISH", "4", "Z_BLOCK", "5", "Z_TREES", "6"};
        for (int i = 0; i < consts.length; i += 2) ModuleSupport.set(m, consts[i], Long.parseLong(consts[i + 1]));
        ModuleSupport.set(m, "ZLIB_VERSION", PyStr.of("1.2.13"));
        ModuleSupport.set(m, "ZLIB_RUNTIME_VERSION", PyStr.of("1.2.13"));
        ModuleSupport.set(m, "Compress", COMPRESS);
        ModuleSupport.set(m, "Decompress", DECOMPRESS);
        ModuleSupport.set(m, "_ZlibDecompressor", ZlibDecompressorType.TYPE);
        ModuleSupport.def(m, "crc32", (a, kw) -> {
            ModuleSupport.positional("crc32", a, kw, 1, 2);
            byte[] data = Buffers.bytesLike(a[0]);
            long start = a.length > 1 ? unsigned32(a[1]) : 0;
            return PyInt.of(crc32(start, data));
        });
        ModuleSupport.def(m, "adler32", (a, kw) -> {
            ModuleSupport.positional("adler32", a, kw, 1, 2);
            byte[] data = Buffers.bytesLike(a[0]);
            long start = a.length > 1 ? unsigned32(a[1]) : 1;
            return PyInt.of(adler32(start, data));
        });
        ModuleSupport.def(m, "compress", (a, kw) -> {
            PyObject[] p = Args.parse("compress", a, 0, kw, new String[] {"", "level", "wbits"}, 1, 3);
            byte[] data = Buffers.bytesLike(p[0]);
            int level = p[1] == null ? -1 : ModuleSupport.asInt(p[1]);
            int wbits = p[2] == null ? MAX_WBITS : ModuleSupport.asInt(p[2]);
            ZlibStreams.Compressor c = new ZlibStreams.Compressor(level, wbits, 0, null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            c.compress(data, out);
            c.flush(Z_FINISH, out);
            return new PyBytes(out.toByteArray());
        });
        ModuleSupport.def(m, "decompress", (a, kw) -> {
            PyObject[] p = Args.parse("decompress", a, 0, kw, new String[] {"", "wbits", "bufsize"}, 1, 3);
            byte[] data = Buffers.bytesLike(p[0]);
            int wbits = p[1] == null ? MAX_WBITS : ModuleSupport.asInt(p[1]);
            if (p[2] != null && ModuleSupport.asLong(p[2]) < 0) throw Errors.valueError("bufsize must be non-negative");
            ZlibStreams.Decompressor d = new ZlibStreams.Decompressor(wbits, null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.decompress(data, out, 0, "decompressing data");
            if (!d.eof) throw error("Error -5 while decompressing data: incomplete or truncated stream");
            return new PyBytes(out.toByteArray());
        });
        ModuleSupport.def(m, "compressobj", (a, kw) -> {
            PyObject[] p = Args.parse("compressobj", a, 0, kw,
                    new String[] {"level", "method", "wbits", "memLevel", "strategy", "zdict"}, 0, 6);
            int level = p[0] == null ? -1 : ModuleSupport.asInt(p[0]);
            if (p[1] != null && ModuleSupport.asInt(p[1]) != 8) throw error("Invalid initialization option");
            int wbits = p[2] == null ? MAX_WBITS : ModuleSupport.asInt(p[2]);
            int strategy = p[4] == null ? 0 : ModuleSupport.asInt(p[4]);
            byte[] zdict = p[5] == null ? null : Buffers.bytesLike(p[5]);
            return new ZlibStreams.CompressObject(new ZlibStreams.Compressor(level, wbits, strategy, zdict));
        });
        ModuleSupport.def(m, "decompressobj", (a, kw) -> {
            PyObject[] p = Args.parse("decompressobj", a, 0, kw, new String[] {"wbits", "zdict"}, 0, 2);
            int wbits = p[0] == null ? MAX_WBITS : ModuleSupport.asInt(p[0]);
            byte[] zdict = p[1] == null ? null : Buffers.bytesLike(p[1]);
            return new ZlibStreams.DecompressObject(new ZlibStreams.Decompressor(wbits, zdict));
        });
        return m;
    }

    /** A start value as the C code takes it: any int, masked to 32 bits. */
    private static long unsigned32(PyObject o) {
        if (o instanceof PyInt n) return n.bigValue().longValue() & 0xffffffffL;
        return ModuleSupport.asLong(o) & 0xffffffffL;
    }

    static long crc32(long start, byte[] data) {
        if (start == 0) {
            CRC32 c = new CRC32();
            c.update(data);
            return c.getValue();
        }
        // a running value: the table form (java.util.zip.CRC32 cannot start from a value)
        int crc = ~(int) start;
        for (byte b : data) {
            crc ^= b & 0xff;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
        }
        return ~crc & 0xffffffffL;
    }

    static long adler32(long start, byte[] data) {
        if (start == 1) {
            Adler32 c = new Adler32();
            c.update(data);
            return c.getValue();
        }
        long s1 = start & 0xffff, s2 = (start >>> 16) & 0xffff;
        for (byte b : data) {
            s1 = (s1 + (b & 0xff)) % 65521;
            s2 = (s2 + s1) % 65521;
        }
        return (s2 << 16) | s1;
    }
}
