package dev.pyjama.modules;

import dev.pyjama.interp.Args;
import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyType;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * zlib's streams: a {@link Compressor} and a {@link Decompressor} over java.util.zip's Deflater
 * and Inflater, which add the gzip container themselves, and the Python objects
 * ({@code zlib.Compress}, {@code zlib.Decompress}) that hold them.
 */
// CPython: Modules/zlibmodule.c (Compress, Decompress); zlib's deflate.c/inflate.c gzip wrapper
final class ZlibStreams {
    private ZlibStreams() {}

    private static final int CHUNK = 16384;

    static final class Compressor {
        final Deflater deflater;
        final boolean gzip;
        final int level;
        final int strategy;
        final CRC32 crc = new CRC32();
        long size;
        boolean headerDone, finished;

        Compressor(int level, int wbits, int strategy, byte[] zdict) {
            if (level < -1 || level > 9) throw ZlibModule.error("Bad compression level");
            boolean raw = wbits >= -15 && wbits <= -9;
            gzip = wbits >= 25 && wbits <= 31;
            if (!raw && !gzip && !(wbits >= 9 && wbits <= 15)) throw ZlibModule.error("Invalid initialization option");
            this.level = level;
            this.strategy = strategy;
            deflater = new Deflater(level, raw || gzip);
            if (strategy == 1) deflater.setStrategy(Deflater.FILTERED);
            else if (strategy == 2) deflater.setStrategy(Deflater.HUFFMAN_ONLY);
            if (zdict != null) deflater.setDictionary(zdict);
        }

        private void header(ByteArrayOutputStream out) {
            if (!gzip || headerDone) return;
            headerDone = true;
            // CPython: zlib deflate.c (gzip header: no name, mtime 0, OS_CODE 3)
            int xfl = level == 9 ? 2 : strategy >= 2 || (level >= 0 && level < 2) ? 4 : 0;
            out.write(0x1f);
            out.write(0x8b);
            out.write(8);
            for (int i = 0; i < 5; i++) out.write(0);
            out.write(xfl);
            out.write(3);
        }

        void compress(byte[] data, ByteArrayOutputStream out) {
            if (finished) throw ZlibModule.error("Error -2 while compressing data: inconsistent stream state");
            header(out);
            crc.update(data);
            size += data.length;
            deflater.setInput(data);
            byte[] buf = new byte[CHUNK];
            while (!deflater.needsInput()) {
                int n = deflater.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
                out.write(buf, 0, n);
            }
        }

        void flush(int mode, ByteArrayOutputStream out) {
            if (mode == ZlibModule.Z_NO_FLUSH || finished) return;
            header(out);
            byte[] buf = new byte[CHUNK];
            if (mode == ZlibModule.Z_FINISH) {
                deflater.finish();
                while (!deflater.finished()) out.write(buf, 0, deflater.deflate(buf));
                deflater.end();
                finished = true;
                if (gzip) {
                    writeLe32(out, crc.getValue());
                    writeLe32(out, size);
                }
                return;
            }
            int flush = mode == 3 ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH;
            int n;
            do {
                n = deflater.deflate(buf, 0, buf.length, flush);
                out.write(buf, 0, n);
            } while (n == buf.length);
        }
    }

    private static void writeLe32(ByteArrayOutputStream out, long v) {
        for (int i = 0; i < 4; i++) out.write((int) (v >>> (8 * i)) & 0xff);
    }

    static final class Decompressor {
        private final int wbits;
        private final byte[] zdict;
        private Inflater inflater;
        private boolean gzip;          // reading the gzip container
        private byte[] pending = new byte[0];   // gzip header or trailer bytes not yet complete
        private final CRC32 crc = new CRC32();
        private long size;
        private boolean inTrailer;
        boolean eof;
        byte[] unusedData = new byte[0];
        byte[] unconsumedTail = new byte[0];

        Decompressor(int wbits, byte[] zdict) {
            boolean ok = wbits == 0 || wbits >= 8 && wbits <= 15 || wbits >= -15 && wbits <= -8
                    || wbits >= 24 && wbits <= 31 || wbits >= 40 && wbits <= 47;
            if (!ok) throw Errors.valueError("Invalid initialization option");
            this.wbits = wbits;
            this.zdict = zdict;
            if (wbits < 0) {
                inflater = new Inflater(true);
                if (zdict != null) inflater.setDictionary(zdict);
            } else if (wbits < 16) {
                inflater = new Inflater(false);
            }
        }

        private static dev.pyjama.objects.PyException fail(String what, String msg) {
            return ZlibModule.error("Error -3 while " + what + ": " + msg);
        }

        /** Feeds data, writing at most maxLength bytes (0: no limit). */
        void decompress(byte[] data, ByteArrayOutputStream out, int maxLength, String what) {
            if (eof) {
                unusedData = concat(unusedData, data);
                return;
            }
            if (inflater == null || inTrailer) {
                data = concat(pending, data);
                pending = new byte[0];
                if (inflater == null) {
                    boolean isGzip = data.length >= 1 && (data[0] & 0xff) == 0x1f;
                    if (wbits >= 40 && !isGzip && data.length >= 1) {
                        inflater = new Inflater(false);
                    } else {
                        if (data.length >= 2 && ((data[0] & 0xff) != 0x1f || (data[1] & 0xff) != 0x8b)) {
                            throw fail(what, "incorrect header check");
                        }
                        int end = gzipHeaderEnd(data, what);
                        if (end < 0) {
                            pending = data;
                            return;
                        }
                        gzip = true;
                        inflater = new Inflater(true);
                        data = Arrays.copyOfRange(data, end, data.length);
                    }
                }
                if (inTrailer) {
                    trailer(data, what);
                    return;
                }
            }
            inflater.setInput(data);
            byte[] buf = new byte[CHUNK];
            try {
                while (true) {
                    int room = maxLength > 0 ? Math.min(buf.length, maxLength - out.size()) : buf.length;
                    if (room <= 0) break;
                    int n = inflater.inflate(buf, 0, room);
                    if (n > 0) {
                        out.write(buf, 0, n);
                        if (gzip) crc.update(buf, 0, n);
                        size += n;
                    }
                    if (inflater.needsDictionary()) {
                        if (zdict == null) throw ZlibModule.error("Error 2 while " + what);
                        inflater.setDictionary(zdict);
                        continue;
                    }
                    if (inflater.finished() || n == 0 && inflater.needsInput()) break;
                }
            } catch (DataFormatException e) {
                throw fail(what, e.getMessage());
            }
            int rem = inflater.getRemaining();
            byte[] rest = Arrays.copyOfRange(data, data.length - rem, data.length);
            if (inflater.finished()) {
                unconsumedTail = new byte[0];
                if (gzip) {
                    inTrailer = true;
                    trailer(rest, what);
                } else {
                    eof = true;
                    unusedData = concat(unusedData, rest);
                }
            } else {
                unconsumedTail = rest;
            }
        }

        private void trailer(byte[] data, String what) {
            byte[] all = concat(pending, data);
            if (all.length < 8) {
                pending = all;
                return;
            }
            pending = new byte[0];
            long c = le32(all, 0), n = le32(all, 4);
            if (c != crc.getValue()) throw fail(what, "incorrect data check");
            if (n != (size & 0xffffffffL)) throw fail(what, "incorrect length check");
            eof = true;
            unusedData = concat(unusedData, Arrays.copyOfRange(all, 8, all.length));
        }

        private static long le32(byte[] b, int at) {
            return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
        }

        /** Where the gzip header in data ends, or -1 when it is not complete yet. */
        private static int gzipHeaderEnd(byte[] d, String what) {
            if (d.length < 10) return -1;
            if ((d[2] & 0xff) != 8) throw fail(what, "unknown compression method");
            int flags = d[3] & 0xff, at = 10;
            if ((flags & 0xe0) != 0) throw fail(what, "unknown header flags set");
            if ((flags & 4) != 0) {
                if (d.length < at + 2) return -1;
                at += 2 + ((d[at] & 0xff) | (d[at + 1] & 0xff) << 8);
            }
            for (int bit : new int[] {8, 16}) {
                if ((flags & bit) != 0) {
                    while (at < d.length && d[at] != 0) at++;
                    if (at >= d.length) return -1;
                    at++;
                }
            }
            if ((flags & 2) != 0) at += 2;
            return at <= d.length ? at : -1;
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) return b;
        if (b.length == 0) return a;
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    static final class CompressObject extends PyObject {
        final Compressor c;

        CompressObject(Compressor c) {
            this.c = c;
        }

        @Override
        public PyType type() {
            return ZlibModule.COMPRESS;
        }

        @Override
        public String repr() {
            return "<zlib.Compress object at 0x" + dev.pyjama.objects.PyHash.addressHex(this) + ">";
        }
    }

    static final class DecompressObject extends PyObject {
        final Decompressor d;

        DecompressObject(Decompressor d) {
            this.d = d;
        }

        @Override
        public PyType type() {
            return ZlibModule.DECOMPRESS;
        }

        @Override
        public String repr() {
            return "<zlib.Decompress object at 0x" + dev.pyjama.objects.PyHash.addressHex(this) + ">";
        }
    }

    static void install(PyType compress, PyType decompress) {
        compress.dict.put("__module__", dev.pyjama.objects.PyStr.of("zlib"));
        decompress.dict.put("__module__", dev.pyjama.objects.PyStr.of("zlib"));
        BuiltinTypes.put(compress, "compress", (a, kw) -> {
            ModuleSupport.positional("compress", a, kw, 2, 2);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ((CompressObject) a[0]).c.compress(Buffers.bytesLike(a[1]), out);
            return new PyBytes(out.toByteArray());
        });
        BuiltinTypes.put(compress, "flush", (a, kw) -> {
            ModuleSupport.positional("flush", a, kw, 1, 2);
            int mode = a.length > 1 ? ModuleSupport.asInt(a[1]) : ZlibModule.Z_FINISH;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ((CompressObject) a[0]).c.flush(mode, out);
            return new PyBytes(out.toByteArray());
        });
        BuiltinTypes.put(decompress, "decompress", (a, kw) -> {
            PyObject[] p = Args.parse("decompress", a, 1, kw, new String[] {"", "max_length"}, 1, 2);
            int max = p[1] == null ? 0 : ModuleSupport.asInt(p[1]);
            if (max < 0) throw Errors.valueError("max_length must be non-negative");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ((DecompressObject) a[0]).d.decompress(Buffers.bytesLike(p[0]), out, max, "decompressing data");
            return new PyBytes(out.toByteArray());
        });
        BuiltinTypes.put(decompress, "flush", (a, kw) -> {
            ModuleSupport.positional("flush", a, kw, 1, 2);
            if (a.length > 1 && ModuleSupport.asLong(a[1]) <= 0) throw Errors.valueError("length must be greater than zero");
            Decompressor d = ((DecompressObject) a[0]).d;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] tail = d.unconsumedTail;
            d.unconsumedTail = new byte[0];
            if (tail.length > 0) d.decompress(tail, out, 0, "flushing");
            return new PyBytes(out.toByteArray());
        });
        BuiltinTypes.getter(decompress, "unused_data", self -> new PyBytes(((DecompressObject) self).d.unusedData));
        BuiltinTypes.getter(decompress, "unconsumed_tail", self -> new PyBytes(((DecompressObject) self).d.unconsumedTail));
        BuiltinTypes.getter(decompress, "eof", self -> PyBool.of(((DecompressObject) self).d.eof));
    }
}
