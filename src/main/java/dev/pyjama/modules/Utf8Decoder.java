package dev.pyjama.modules;

import dev.pyjama.interp.Codecs;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyType;
import java.util.Arrays;

/**
 * The standard streams' UTF-8 decoder when the codec registry cannot give one (an embedded
 * interpreter without the standard library has no {@code encodings} package): holds back an
 * incomplete final sequence until more bytes come, as {@code codecs.BufferedIncrementalDecoder}
 * over {@code utf_8_decode} does. With the standard library, the stream uses the registry's.
 */
// CPython: Lib/codecs.py BufferedIncrementalDecoder, Lib/encodings/utf_8.py IncrementalDecoder
final class Utf8Decoder extends PyObject {
    static final PyType TYPE = PyType.builtin("_io._Utf8Decoder", null);

    private final String errors;
    private byte[] pending = new byte[0];

    Utf8Decoder(String errors) {
        this.errors = errors;
    }

    PyStr decode(byte[] input, boolean fin) {
        byte[] data = pending.length == 0 ? input : concat(pending, input);
        int keep = fin ? 0 : incompleteTail(data);
        pending = Arrays.copyOfRange(data, data.length - keep, data.length);
        return PyStr.of(Codecs.decode(keep == 0 ? data : Arrays.copyOf(data, data.length - keep), "utf-8", errors));
    }

    void reset() {
        pending = new byte[0];
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** How many final bytes start a multi-byte sequence that the input does not complete. */
    private static int incompleteTail(byte[] b) {
        for (int back = 1; back <= Math.min(3, b.length); back++) {
            int c = b[b.length - back] & 0xff;
            if (c < 0x80) return 0;
            if (c >= 0xc0) {
                int need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
                return back < need ? back : 0;
            }
        }
        return 0;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<_io._Utf8Decoder object>";
    }
}
