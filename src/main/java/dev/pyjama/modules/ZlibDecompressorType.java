package dev.pyjama.modules;

import dev.pyjama.interp.Args;
import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyType;
import java.io.ByteArrayOutputStream;

/**
 * {@code zlib._ZlibDecompressor}: the one-stream decompressor gzip's reader uses, shaped like
 * bz2/lzma's (decompress(data, max_length) keeps the input it could not use, needs_input says
 * when to feed more, EOFError after the end of the stream). It drives the same
 * {@link ZlibStreams.Decompressor} as {@code zlib.Decompress}.
 */
// CPython: Modules/zlibmodule.c ZlibDecompressor_new, zlib__ZlibDecompressor_decompress_impl
final class ZlibDecompressorType {
    private ZlibDecompressorType() {}

    static final PyType TYPE = PyType.builtin("zlib._ZlibDecompressor", null);

    static final class Obj extends PyObject {
        final ZlibStreams.Decompressor d;
        byte[] input = new byte[0];   // input kept because max_length stopped the output
        boolean needsInput = true;

        Obj(ZlibStreams.Decompressor d) {
            this.d = d;
        }

        @Override public PyType type() { return TYPE; }

        @Override public String repr() {
            return "<zlib._ZlibDecompressor object at 0x" + dev.pyjama.objects.PyHash.addressHex(this) + ">";
        }
    }

    static {
        PyType t = TYPE;
        t.baseType = false;
        t.dict.put("__module__", PyStr.of("zlib"));
        t.dict.put("__new__", new PyBuiltinFunction("__new__", t, t, (a, kw) -> {
            PyObject[] p = Args.parse("_ZlibDecompressor", a, 2, kw, new String[] {"wbits", "zdict"}, 0, 2);
            int wbits = p[0] == null ? ZlibModule.MAX_WBITS : ModuleSupport.asInt(p[0]);
            byte[] zdict = p[1] == null ? null : Buffers.bytesLike(p[1]);
            return new Obj(new ZlibStreams.Decompressor(wbits, zdict));
        }));
        BuiltinTypes.put(t, "decompress", (a, kw) -> {
            PyObject[] p = Args.parse("decompress", a, 1, kw, new String[] {"data", "max_length"}, 1, 2);
            Obj self = (Obj) a[0];
            byte[] data = Buffers.bytesLike(p[0]);
            long max = p[1] == null ? -1 : ModuleSupport.asLong(p[1]);
            return new PyBytes(decompress(self, data, max));
        });
        BuiltinTypes.getter(t, "eof", self -> PyBool.of(((Obj) self).d.eof));
        BuiltinTypes.getter(t, "unused_data", self -> new PyBytes(((Obj) self).d.unusedData));
        BuiltinTypes.getter(t, "needs_input", self -> PyBool.of(((Obj) self).needsInput));
    }

    private static byte[] decompress(Obj self, byte[] data, long max) {
        ZlibStreams.Decompressor d = self.d;
        if (d.eof) throw Errors.raise(ExceptionTypes.EOF_ERROR, "End of stream already reached");
        byte[] in = self.input.length == 0 ? data : ZlibStreams.concat(self.input, data);
        if (max == 0) {
            self.input = in;
            self.needsInput = in.length == 0;
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        d.unconsumedTail = new byte[0];
        try {
            d.decompress(in, out, max < 0 || max > Integer.MAX_VALUE ? 0 : (int) max, "decompressing data");
        } catch (RuntimeException e) {
            self.input = new byte[0];
            throw e;
        }
        if (d.eof) {
            self.input = new byte[0];
            self.needsInput = false;
        } else {
            self.input = d.unconsumedTail;
            d.unconsumedTail = new byte[0];
            self.needsInput = self.input.length == 0;
        }
        return out.toByteArray();
    }
}
