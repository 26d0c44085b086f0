package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * TextIOWrapper's tell() and seek(). A position is CPython's opaque cookie: the byte offset
 * of a point where the decoder held nothing back, the decoder's flags there, how many bytes
 * to feed from there and how many characters to skip from what they decode, and whether
 * the decoder must be told the input ended, packed little-endian in 8+4+4+4+1 bytes.
 */
// CPython: Modules/_io/textio.c cookie_type, textiowrapper_parse_cookie, textiowrapper_build_cookie,
// _io_TextIOWrapper_tell_impl, _io_TextIOWrapper_seek_impl
final class TextIOPositions {
    private TextIOPositions() {}

    private static final class Cookie {
        long startPos;
        int decFlags, bytesToFeed, charsToSkip;
        boolean needEof;

        PyInt build() {
            BigInteger v = BigInteger.valueOf(startPos);
            if (startPos < 0) v = v.add(BigInteger.ONE.shiftLeft(64));
            v = v.or(BigInteger.valueOf(decFlags & 0xffffffffL).shiftLeft(64));
            v = v.or(BigInteger.valueOf(bytesToFeed & 0xffffffffL).shiftLeft(96));
            v = v.or(BigInteger.valueOf(charsToSkip & 0xffffffffL).shiftLeft(128));
            if (needEof) v = v.setBit(160);
            return PyInt.of(v);
        }

        static Cookie parse(PyInt c) {
            BigInteger v = c.bigValue();
            if (v.signum() < 0 || v.bitLength() > 168) {
                throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "int too big to convert");
            }
            Cookie k = new Cookie();
            k.startPos = v.longValue();
            k.decFlags = v.shiftRight(64).intValue();
            k.bytesToFeed = v.shiftRight(96).intValue();
            k.charsToSkip = v.shiftRight(128).intValue();
            k.needEof = v.shiftRight(160).intValue() != 0;
            return k;
        }
    }

    private static int flags(PyObject o) {
        return ((PyInt) Abstract.index(o)).bigValue().intValue();
    }

    private static PyTuple decoderState(TextIOWrapper w) {
        PyObject state = w.decoder() instanceof NewlineDecoder nd ? nd.getstate() : IoBase.call(w.decoder(), "getstate");
        if (!(state instanceof PyTuple t) || t.items.length != 2 || !(t.items[0] instanceof PyBytes)) {
            throw Errors.typeError("illegal decoder state");
        }
        return t;
    }

    // CPython: Modules/_io/textio.c _textiowrapper_decoder_setstate
    private static void decoderSetState(TextIOWrapper w, Cookie c) {
        if (c.startPos == 0 && c.decFlags == 0) {
            w.resetDecoder();
        } else {
            PyTuple st = PyTuple.of(new PyBytes(new byte[0]), PyInt.of(c.decFlags));
            if (w.decoder() instanceof NewlineDecoder nd) nd.setstate(st);
            else IoBase.call(w.decoder(), "setstate", st);
        }
    }

    // CPython: Modules/_io/textio.c _textiowrapper_encoder_reset, _textiowrapper_encoder_setstate
    private static void encoderReset(TextIOWrapper w, boolean startOfStream) {
        if (startOfStream) {
            IoBase.call(w.encoder(), "reset");
            w.encodingStartOfStream = true;
        } else {
            IoBase.call(w.encoder(), "setstate", PyInt.of(0));
            w.encodingStartOfStream = false;
        }
    }

    private static int decodedLength(TextIOWrapper w, byte[] input, int from, int to) {
        return w.decode(new PyBytes(Arrays.copyOfRange(input, from, to)), false).length();
    }

    static PyObject tell(TextIOWrapper w) {
        w.checkAttached();
        w.checkClosed();
        if (!w.seekable) throw IoBase.unsupported("underlying stream is not seekable");
        if (!w.telling) throw Errors.raise(ExceptionTypes.OS_ERROR, "telling position disabled by next() call");
        w.writeflush();
        IoBase.call(w, "flush");
        PyObject posobj = IoBase.call(w.buffer, "tell");
        if (w.decoder == PyNone.NONE || w.snapshotInput == null) return posobj;
        Cookie cookie = new Cookie();
        cookie.decFlags = flags(w.snapshotFlags);
        byte[] next = w.snapshotInput;
        cookie.startPos = ((PyInt) Abstract.index(posobj)).bigValue().longValue() - next.length;
        if (w.used == 0) return cookie.build();
        int charsToSkip = w.decoded == null ? 0 : w.decoded.codePointCount(0, w.used);
        PyObject saved = w.decoder() instanceof NewlineDecoder nd ? nd.getstate() : IoBase.call(w.decoder(), "getstate");
        try {
            // a first guess from the bytes-per-character ratio, then backwards until the decoder holds nothing
            int skipBytes = (int) (w.b2cratio * charsToSkip);
            int skipBack = 1;
            while (skipBytes > 0) {
                decoderSetState(w, cookie);
                int n = decodedLength(w, next, 0, Math.min(skipBytes, next.length));
                if (n <= charsToSkip) {
                    PyTuple st = decoderState(w);
                    int bufLen = ((PyBytes) st.items[0]).value.length;
                    if (bufLen == 0) {
                        cookie.decFlags = flags(st.items[1]);
                        charsToSkip -= n;
                        break;
                    }
                    skipBytes -= bufLen;
                    skipBack = 1;
                } else {
                    skipBytes -= skipBack;
                    skipBack *= 2;
                }
            }
            if (skipBytes <= 0) {
                skipBytes = 0;
                decoderSetState(w, cookie);
            }
            cookie.startPos += skipBytes;
            cookie.charsToSkip = charsToSkip;
            if (charsToSkip == 0) return cookie.build();
            // then one byte at a time, noting the last point where the decoder held nothing back
            int charsDecoded = 0;
            int i = skipBytes;
            for (; i < next.length; i++) {
                charsDecoded += decodedLength(w, next, i, i + 1);
                cookie.bytesToFeed++;
                PyTuple st = decoderState(w);
                if (((PyBytes) st.items[0]).value.length == 0 && charsDecoded <= charsToSkip) {
                    cookie.startPos += cookie.bytesToFeed;
                    charsToSkip -= charsDecoded;
                    cookie.decFlags = flags(st.items[1]);
                    cookie.bytesToFeed = 0;
                    charsDecoded = 0;
                }
                if (charsDecoded >= charsToSkip) break;
            }
            if (i == next.length) {
                charsDecoded += w.decode(new PyBytes(new byte[0]), true).length();
                cookie.needEof = true;
                if (charsDecoded < charsToSkip) throw Errors.raise(ExceptionTypes.OS_ERROR, "can't reconstruct logical file position");
            }
            cookie.charsToSkip = charsToSkip;
            return cookie.build();
        } finally {
            if (w.decoder() instanceof NewlineDecoder nd) nd.setstate(saved);
            else IoBase.call(w.decoder(), "setstate", saved);
        }
    }

    static PyObject seek(TextIOWrapper w, PyObject cookieObj, int whence) {
        w.checkAttached();
        w.checkClosed();
        if (!w.seekable) throw IoBase.unsupported("underlying stream is not seekable");
        PyObject zero = PyInt.of(0);
        switch (whence) {
            case 1:
                if (!Abstract.richCompareBool(cookieObj, zero, Abstract.EQ)) throw IoBase.unsupported("can't do nonzero cur-relative seeks");
                cookieObj = IoBase.call(w, "tell");
                break;
            case 2: {
                if (!Abstract.richCompareBool(cookieObj, zero, Abstract.EQ)) throw IoBase.unsupported("can't do nonzero end-relative seeks");
                IoBase.call(w, "flush");
                w.decoded = null;
                w.used = 0;
                w.snapshotFlags = null;
                w.snapshotInput = null;
                if (w.decoder != PyNone.NONE) w.resetDecoder();
                PyObject res = IoBase.call(w.buffer, "seek", zero, PyInt.of(2));
                if (w.encoder != PyNone.NONE) encoderReset(w, Abstract.richCompareBool(res, zero, Abstract.EQ));
                return res;
            }
            case 0:
                break;
            default:
                throw Errors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        if (Abstract.richCompareBool(cookieObj, zero, Abstract.LT)) {
            throw Errors.valueError("negative seek position " + Abstract.repr(cookieObj).value());
        }
        IoBase.call(w, "flush");
        Cookie cookie = Cookie.parse((PyInt) Abstract.call(dev.pyjama.objects.PyInt.TYPE, cookieObj));
        IoBase.call(w.buffer, "seek", PyInt.of(cookie.startPos));
        w.decoded = null;
        w.used = 0;
        w.snapshotFlags = null;
        w.snapshotInput = null;
        if (w.decoder != PyNone.NONE) decoderSetState(w, cookie);
        if (cookie.charsToSkip != 0) {
            PyObject chunk = IoBase.call(w.buffer, "read", PyInt.of(cookie.bytesToFeed));
            if (!(chunk instanceof PyBytes cb)) {
                throw Errors.typeError("underlying read() should have returned a bytes object, not '" + chunk.typeName() + "'");
            }
            w.snapshotFlags = PyInt.of(cookie.decFlags);
            w.snapshotInput = cb.value;
            PyStr text = w.decode(chunk, cookie.needEof);
            w.setDecoded(text.value());
            if (text.length() < cookie.charsToSkip) throw Errors.raise(ExceptionTypes.OS_ERROR, "can't restore logical file position");
            w.used = TextIOWrapper.advance(text.value(), 0, cookie.charsToSkip);
        } else {
            w.snapshotFlags = PyInt.of(cookie.decFlags);
            w.snapshotInput = new byte[0];
        }
        if (w.encoder != PyNone.NONE) encoderReset(w, cookie.startPos == 0 && cookie.decFlags == 0);
        return cookieObj;
    }
}
