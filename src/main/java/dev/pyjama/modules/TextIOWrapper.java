package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Codecs;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Importer;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code _io.TextIOWrapper}: text over a buffered binary stream. Encoding goes through the
 * codec's incremental encoder, except for UTF-8, Latin-1 and ASCII, which are encoded here as
 * CPython's encodefuncs do (no Python call per write); encoded bytes wait in a pending buffer
 * until a chunk is full, a flush, or line buffering asks. Decoding goes through the codec's
 * incremental decoder (Python code, as in CPython) wrapped for universal newlines by
 * {@link NewlineDecoder}; lines are found here. The methods are built-ins
 * ({@link TextIOMethods}); positions (tell/seek and their cookies) are in {@link TextIOPositions}.
 */
// CPython: Modules/_io/textio.c
public final class TextIOWrapper extends IoBase {
    public static final PyType TYPE = PyType.builtin("_io.TextIOWrapper", IoBase.TEXT);

    static {
        TextIOMethods.install();
    }

    static final int ENC_NONE = 0, ENC_UTF8 = 1, ENC_LATIN1 = 2, ENC_ASCII = 3;

    boolean ok, detached;
    PyObject buffer = PyNone.NONE;
    PyStr encoding;
    PyObject errors = PyStr.of("strict");
    PyObject encoder = PyNone.NONE, decoder = PyNone.NONE;
    int encodefunc;
    boolean encodingStartOfStream;
    String readnl, writenl;
    boolean readuniversal, readtranslate, writetranslate;
    boolean lineBuffering, writeThrough;
    boolean seekable, telling, hasRead1;
    int chunkSize = 8192;
    /** The decoded text not yet returned: {@code decoded} from index {@code used} (UTF-16 units), or null. */
    String decoded;
    int used;
    /** {@code (dec_flags, next_input)} of the last chunk read while telling, or null. */
    PyObject snapshotFlags;
    byte[] snapshotInput;
    double b2cratio;
    final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    TextIOWrapper(PyType type) {
        super(type);
    }

    static TextIOWrapper self(PyObject o) {
        return (TextIOWrapper) o;
    }

    // CPython: Modules/_io/textio.c CHECK_ATTACHED
    TextIOWrapper checkAttached() {
        if (!ok) {
            if (detached) throw Errors.valueError("underlying buffer has been detached");
            throw Errors.valueError("I/O operation on uninitialized object");
        }
        return this;
    }

    TextIOWrapper checkInitialized() {
        if (!ok && !detached) throw Errors.valueError("I/O operation on uninitialized object");
        return this;
    }

    // CPython: Modules/_io/textio.c CHECK_CLOSED
    void checkClosed() {
        if (type() == TYPE) {
            // an exact buffered class over an exact FileIO: the FileIO's own state, no attribute lookups
            FileIO f = buffer instanceof Buffered b ? b.plainFileIO() : null;
            boolean closed = f != null ? f.isClosed() : Abstract.isTrue(Abstract.getattr(buffer, PyStr.intern("closed")));
            if (closed) throw Errors.valueError("I/O operation on closed file.");
        } else {
            IoBase.checkClosed(this);
        }
    }

    // CPython: Modules/_io/textio.c validate_newline
    static String newlineArg(PyObject v, String what) {
        if (v == null || v == PyNone.NONE) return null;
        if (!(v instanceof PyStr s)) throw Errors.typeError(what + " argument 'newline' must be str or None, not " + v.typeName());
        if (s.value().indexOf('\0') >= 0) throw Errors.valueError("embedded null character");
        String n = s.value();
        if (!n.isEmpty() && !n.equals("\n") && !n.equals("\r") && !n.equals("\r\n")) throw Errors.valueError("illegal newline value: " + n);
        return n;
    }

    // CPython: Modules/_io/textio.c set_newline
    void setNewline(String newline) {
        readnl = newline;
        readuniversal = newline == null || newline.isEmpty();
        readtranslate = newline == null;
        writetranslate = newline == null || !newline.isEmpty();
        writenl = !readuniversal && readnl != null && !readnl.equals("\n") ? readnl : null;
    }

    /** The encoding of {@code encoding=None} or "locale": UTF-8 (pyjama's locale encoding), spelt as CPython spells each. */
    // CPython: Python/fileutils.c _Py_GetLocaleEncodingObject
    static String localeEncoding(boolean utf8Mode) {
        return utf8Mode ? "utf-8" : "UTF-8";
    }

    static boolean sysFlag(String name) {
        PyObject flags = Interpreter.current().sys.dict.get(PyStr.of("flags"));
        return flags != null && Abstract.isTrue(Abstract.getattr(flags, PyStr.intern(name)));
    }

    /** codecs.lookup(encoding), refusing the codecs that are not text encodings. */
    // CPython: Python/codecs.c _PyCodec_LookupTextEncoding
    static PyObject lookupText(String encoding) {
        PyObject info = Abstract.call(Abstract.getattr(Importer.importModule("_codecs"), PyStr.intern("lookup")), PyStr.of(encoding));
        PyObject isText = Abstract.lookupAttr(info, PyStr.intern("_is_text_encoding"));
        if (isText != null && !Abstract.isTrue(isText)) {
            throw Errors.raise(ExceptionTypes.LOOKUP_ERROR, "'" + encoding + "' is not a text encoding; use codecs.open() to handle arbitrary codecs");
        }
        return info;
    }

    // CPython: Modules/_io/textio.c _io_TextIOWrapper___init___impl
    void init(PyObject buf, PyObject encodingObj, PyObject errorsObj, PyObject newlineObj, boolean lineBuf, boolean writeThru) {
        ok = false;
        detached = false;
        String enc = null;
        if (encodingObj != null && encodingObj != PyNone.NONE) {
            if (!(encodingObj instanceof PyStr es)) {
                throw Errors.typeError("TextIOWrapper() argument 'encoding' must be str or None, not " + encodingObj.typeName());
            }
            if (es.value().indexOf('\0') >= 0) throw Errors.valueError("embedded null character");
            enc = es.value();
        }
        if (enc == null && sysFlag("warn_default_encoding")) {
            // CPython: Modules/_io/textio.c _io_TextIOWrapper___init___impl (PyErr_WarnEx level 1: the
            // Python frame that called open() or TextIOWrapper(), Java code having none of its own)
            Abstract.call(Abstract.getattr(Importer.importModule("warnings"), PyStr.intern("warn")),
                    PyStr.of("'encoding' argument not specified"), ExceptionTypes.ENCODING_WARNING, PyInt.of(1));
        }
        PyObject errs;
        if (errorsObj == null || errorsObj == PyNone.NONE) {
            errs = PyStr.intern("strict");
        } else if (errorsObj instanceof PyStr) {
            errs = errorsObj;
        } else {
            throw Errors.typeError("TextIOWrapper() argument 'errors' must be str or None, not " + errorsObj.typeName());
        }
        String newline = newlineArg(newlineObj, "TextIOWrapper()");
        pending.reset();
        decoded = null;
        used = 0;
        snapshotFlags = null;
        snapshotInput = null;
        encoder = decoder = PyNone.NONE;
        if (enc == null && sysFlag("utf8_mode")) enc = "utf-8";
        else if (enc == null || enc.equals("locale")) enc = localeEncoding(false);
        PyObject info = lookupText(enc);
        encoding = PyStr.of(enc);
        errors = errs;
        chunkSize = 8192;
        lineBuffering = lineBuf;
        writeThrough = writeThru;
        setNewline(newline);
        own(buffer, buf);
        buffer = buf;
        setCodecs(info);
        seekable = telling = Abstract.isTrue(IoBase.call(buf, "seekable"));
        hasRead1 = Abstract.lookupAttr(buf, PyStr.intern("read1")) != null;
        encodingStartOfStream = false;
        fixEncoderState();
        ok = true;
    }

    /** At exit: the io objects the program abandoned or left open are closed (see {@link IoFinalizer}). */
    public static void closeAbandoned(Interpreter interp) {
        IoFinalizer.closeAbandoned(interp);
    }

    @Override
    boolean surelyClosed() {
        return type() == TYPE && buffer instanceof Buffered b && b.surelyClosed();
    }

    @Override
    IoBase wrapped() {
        return buffer instanceof IoBase b ? b : null;
    }

    /** Stands for a codec object not made yet (the standard streams make theirs on first use: no codec lookup at start-up). */
    static final PyObject LAZY = PyTuple.of(PyStr.of("lazy codec"));

    /**
     * A standard stream's wrapper: UTF-8 is encoded here and its codec objects are looked up
     * only when needed, so that building sys.std* imports nothing; newlines are "\n".
     */
    void initStd(PyObject buf, String enc, String errs, boolean lineBuf, boolean writeThru, boolean readable, boolean writable) {
        encoding = PyStr.of(enc);
        errors = PyStr.of(errs);
        chunkSize = 8192;
        lineBuffering = lineBuf;
        writeThrough = writeThru;
        setNewline("\n");
        own(buffer, buf);
        buffer = buf;
        if (enc.equals("utf-8")) {
            decoder = readable ? LAZY : PyNone.NONE;
            encoder = writable ? LAZY : PyNone.NONE;
            encodefunc = writable ? ENC_UTF8 : ENC_NONE;
        } else {
            setCodecs(lookupText(enc));
        }
        seekable = telling = false;
        hasRead1 = true;
        ok = true;
    }

    PyObject decoder() {
        if (decoder == LAZY) {
            PyObject d;
            try {
                PyObject info = lookupText(encoding.value());
                d = Abstract.call(Abstract.getattr(info, PyStr.intern("incrementaldecoder")), errors);
            } catch (PyException e) {
                // no codec registry (an embedding without the standard library): UTF-8 decoded here
                if (!e.value().type().isSubtype(ExceptionTypes.IMPORT_ERROR)) throw e;
                d = new Utf8Decoder(((PyStr) errors).value());
            }
            decoder = readuniversal ? NewlineDecoder.of(d, readtranslate) : d;
        }
        return decoder;
    }

    PyObject encoder() {
        if (encoder == LAZY) encoder = Abstract.call(Abstract.getattr(lookupText(encoding.value()), PyStr.intern("incrementalencoder")), errors);
        return encoder;
    }

    // CPython: Modules/_io/textio.c _textiowrapper_set_decoder, _textiowrapper_set_encoder
    void setCodecs(PyObject info) {
        String errs = ((PyStr) errors).value();
        decoder = PyNone.NONE;
        if (Abstract.isTrue(IoBase.call(buffer, "readable"))) {
            PyObject d = Abstract.call(Abstract.getattr(info, PyStr.intern("incrementaldecoder")), PyStr.of(errs));
            decoder = readuniversal ? NewlineDecoder.of(d, readtranslate) : d;
        }
        encoder = PyNone.NONE;
        encodefunc = ENC_NONE;
        if (Abstract.isTrue(IoBase.call(buffer, "writable"))) {
            encoder = Abstract.call(Abstract.getattr(info, PyStr.intern("incrementalencoder")), PyStr.of(errs));
            PyObject name = Abstract.lookupAttr(info, PyStr.intern("name"));
            if (name instanceof PyStr n) {
                encodefunc = switch (n.value()) {
                    case "utf-8" -> ENC_UTF8;
                    case "iso8859-1" -> ENC_LATIN1;
                    case "ascii" -> ENC_ASCII;
                    default -> ENC_NONE;
                };
            }
        }
    }

    // CPython: Modules/_io/textio.c _textiowrapper_fix_encoder_state
    void fixEncoderState() {
        if (!seekable || encoder == PyNone.NONE) return;
        encodingStartOfStream = true;
        PyObject pos = IoBase.call(buffer, "tell");
        if (!Abstract.richCompareBool(pos, PyInt.of(0), Abstract.EQ)) {
            encodingStartOfStream = false;
            IoBase.call(encoder(), "setstate", PyInt.of(0));
        }
    }

    // ---- writing

    private byte[] encode(PyStr text) {
        String s = text.value();
        switch (encodefunc) {
            case ENC_UTF8:
                if (!text.hasSurrogateCodePoints()) return s.getBytes(StandardCharsets.UTF_8);
                return Codecs.encode(s, "utf-8", ((PyStr) errors).value());
            case ENC_LATIN1:
                return Codecs.encode(s, "latin-1", ((PyStr) errors).value());
            case ENC_ASCII:
                return Codecs.encode(s, "ascii", ((PyStr) errors).value());
            default:
                PyObject b = IoBase.call(encoder(), "encode", text);
                if (!(b instanceof PyBytes bb)) throw Errors.typeError("encoder should return a bytes object, not '" + b.typeName() + "'");
                return bb.value;
        }
    }

    /** True when {@code write} is this class's own (no subclass, no instance attribute): print() may call {@link #write} directly. */
    public boolean plainWrite() {
        return type() == TYPE && dict().get(PyStr.intern("write")) == null;
    }

    // CPython: Modules/_io/textio.c _io_TextIOWrapper_write_impl
    public int write(PyStr text) {
        checkAttached();
        checkClosed();
        if (encoder == PyNone.NONE) throw unsupported("not writable");
        int length = text.length();
        String s = text.value();
        boolean haslf = (writetranslate && writenl != null || lineBuffering) && s.indexOf('\n') >= 0;
        if (haslf && writetranslate && writenl != null) text = PyStr.of(s.replace("\n", writenl));
        boolean needflush = lineBuffering && (haslf || text.value().indexOf('\r') >= 0);
        byte[] b = encode(text);
        encodingStartOfStream = false;
        if (pending.size() + b.length > chunkSize) writeflush();
        pending.write(b, 0, b.length);
        if (pending.size() >= chunkSize || needflush || writeThrough) writeflush();
        if (needflush) IoBase.call(buffer, "flush");
        decoded = null;
        used = 0;
        snapshotFlags = null;
        snapshotInput = null;
        if (decoder != PyNone.NONE) resetDecoder();
        return length;
    }

    void resetDecoder() {
        if (decoder == LAZY) return;
        if (decoder instanceof NewlineDecoder nd) nd.reset();
        else if (decoder instanceof Utf8Decoder u) u.reset();
        else IoBase.call(decoder, "reset");
    }

    // CPython: Modules/_io/textio.c _textiowrapper_writeflush
    void writeflush() {
        if (pending.size() == 0) return;
        PyBytes b = new PyBytes(pending.toByteArray());
        pending.reset();
        IoBase.call(buffer, "write", b);
    }

    // ---- reading

    PyStr decode(PyObject input, boolean fin) {
        if (decoder() instanceof NewlineDecoder nd && nd.type() == NewlineDecoder.TYPE) return nd.decode(input, fin);
        if (decoder instanceof Utf8Decoder u) {
            byte[] b = Buffers.bytesOrNull(input);
            if (b == null) throw Errors.typeError("a bytes-like object is required, not '" + input.typeName() + "'");
            return u.decode(b, fin);
        }
        return NewlineDecoder.checkDecoded(Abstract.call(Abstract.getattr(decoder, PyStr.intern("decode")),
                new PyObject[] {input, PyBool.of(fin)}, PyTuple.of(PyStr.intern("final"))));
    }

    void setDecoded(String s) {
        decoded = s;
        used = 0;
    }

    /** Up to n code points (all for n < 0) of the decoded text, consumed. */
    // CPython: Modules/_io/textio.c textiowrapper_get_decoded_chars
    String takeDecoded(long n) {
        if (decoded == null) return "";
        int end = n < 0 ? decoded.length() : advance(decoded, used, n);
        String r = decoded.substring(used, end);
        used = end;
        return r;
    }

    /** The index n code points after {@code from}, at most the end. */
    static int advance(String s, int from, long n) {
        int len = s.length();
        if (n >= len - from) {
            if (s.codePointCount(from, len) <= n) return len;
        }
        int i = from;
        for (long k = 0; k < n && i < len; k++) i += Character.isHighSurrogate(s.charAt(i)) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1)) ? 2 : 1;
        return i;
    }

    /** Reads and decodes one chunk; false at the end of the stream. */
    // CPython: Modules/_io/textio.c textiowrapper_read_chunk
    boolean readChunk(long sizeHint) {
        if (decoder == PyNone.NONE) throw unsupported("not readable");
        PyObject decFlags = null;
        byte[] decBuffer = null;
        if (telling) {
            PyObject state = decoder() instanceof NewlineDecoder nd ? nd.getstate() : IoBase.call(decoder, "getstate");
            if (!(state instanceof PyTuple t) || t.items.length != 2) throw Errors.typeError("illegal decoder state");
            if (!(t.items[0] instanceof PyBytes db)) {
                throw Errors.typeError("illegal decoder state: the first item of the state must be bytes, not '" + t.items[0].typeName() + "'");
            }
            decBuffer = db.value;
            decFlags = t.items[1];
        }
        if (sizeHint > 0) sizeHint = (long) (Math.max(b2cratio, 1.0) * sizeHint);
        long size = Math.max(chunkSize, sizeHint);
        PyObject chunk = IoBase.call(buffer, hasRead1 ? "read1" : "read", PyInt.of(size));
        byte[] input = Buffers.bytesOrNull(chunk);
        if (input == null) {
            throw Errors.typeError("underlying " + (hasRead1 ? "read1" : "read") + "() should have returned a bytes-like object, not '"
                    + chunk.typeName() + "'");
        }
        boolean eof = input.length == 0;
        PyStr text = decode(chunk instanceof PyBytes ? chunk : new PyBytes(input), eof);
        setDecoded(text.value());
        int nchars = text.length();
        b2cratio = nchars > 0 ? (double) input.length / nchars : 0.0;
        if (nchars > 0) eof = false;
        if (telling) {
            byte[] next = new byte[decBuffer.length + input.length];
            System.arraycopy(decBuffer, 0, next, 0, decBuffer.length);
            System.arraycopy(input, 0, next, decBuffer.length, input.length);
            snapshotFlags = decFlags;
            snapshotInput = next;
        }
        return !eof;
    }

    // CPython: Modules/_io/textio.c _io_TextIOWrapper_read_impl
    PyStr read(long n) {
        checkAttached();
        checkClosed();
        if (decoder == PyNone.NONE) throw unsupported("not readable");
        writeflush();
        if (n < 0) {
            PyObject bytes = IoBase.call(buffer, "read");
            PyStr rest = decode(bytes, true);
            String result = takeDecoded(-1) + rest.value();
            decoded = null;
            used = 0;
            snapshotFlags = null;
            snapshotInput = null;
            return PyStr.of(result);
        }
        String result = takeDecoded(n);
        long remaining = n - result.codePointCount(0, result.length());
        if (remaining <= 0) return PyStr.of(result);
        StringBuilder sb = new StringBuilder(result);
        while (remaining > 0) {
            if (!readChunk(remaining)) break;
            String more = takeDecoded(remaining);
            sb.append(more);
            remaining -= more.codePointCount(0, more.length());
        }
        return PyStr.of(sb.toString());
    }

    /**
     * Where the line starting at {@code start} ends (the index after its newline), or the
     * negated count of characters that can be put aside minus one when no line ends here.
     */
    // CPython: Modules/_io/textio.c _PyIO_find_line_ending
    private long findLineEnding(String s, int start) {
        int len = s.length();
        if (readtranslate) {
            int i = s.indexOf('\n', start);
            return i >= 0 ? i + 1 : -(long) len - 1;
        }
        if (readuniversal) {
            for (int i = start; i < len; i++) {
                char c = s.charAt(i);
                if (c == '\n') return i + 1;
                if (c == '\r') {
                    if (i + 1 < len) return s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                    return -(long) (len - 1) - 1; // a final \r may be half of \r\n: keep it
                }
            }
            return -(long) len - 1;
        }
        int i = s.indexOf(readnl, start);
        if (i >= 0) return i + readnl.length();
        if (readnl.length() == 1) return -(long) len - 1;
        int tail = Math.max(start, len - (readnl.length() - 1));
        int j = s.indexOf(readnl.charAt(0), tail);
        return -(long) (j >= 0 ? j : len) - 1;
    }

    // CPython: Modules/_io/textio.c _textiowrapper_readline
    PyStr readline(long limit) {
        checkClosed();
        writeflush();
        StringBuilder chunks = null;
        long chunked = 0;
        String remaining = null;
        String line = null;
        int start = 0, endpos = 0, offsetToBuffer = 0;
        while (true) {
            boolean more = true;
            while (decoded == null || decoded.isEmpty()) {
                more = readChunk(0);
                if (!more) break;
            }
            if (!more) {
                decoded = null;
                used = 0;
                snapshotFlags = null;
                snapshotInput = null;
                line = null;
                break;
            }
            if (remaining == null) {
                line = decoded;
                start = used;
                offsetToBuffer = 0;
            } else {
                line = remaining + decoded;
                start = 0;
                offsetToBuffer = remaining.length();
                remaining = null;
            }
            long r = findLineEnding(line, start);
            if (r >= 0) {
                endpos = (int) r;
                if (limit >= 0 && cps(line, start, endpos) + chunked >= limit) endpos = advance(line, start, limit - chunked);
                break;
            }
            endpos = (int) (-r - 1);
            if (limit >= 0 && cps(line, start, endpos) + chunked >= limit) {
                endpos = advance(line, start, limit - chunked);
                break;
            }
            if (endpos > start) {
                if (chunks == null) chunks = new StringBuilder();
                chunks.append(line, start, endpos);
                chunked += cps(line, start, endpos);
            }
            if (endpos < line.length()) remaining = line.substring(endpos);
            line = null;
            decoded = null;
            used = 0;
        }
        String result;
        if (line != null) {
            used = endpos - offsetToBuffer;
            result = line.substring(start, endpos);
        } else {
            result = "";
        }
        if (remaining != null || chunks != null) {
            StringBuilder sb = chunks == null ? new StringBuilder() : chunks;
            if (remaining != null) sb.append(remaining);
            sb.append(result);
            result = sb.toString();
        }
        return PyStr.of(result);
    }

    private static long cps(String s, int from, int to) {
        return s.codePointCount(from, to);
    }

    // ---- the rest

    // CPython: Modules/_io/textio.c _io_TextIOWrapper_flush_impl
    PyObject flush() {
        checkAttached();
        checkClosed();
        telling = seekable;
        writeflush();
        return IoBase.call(buffer, "flush");
    }

    // CPython: Modules/_io/textio.c _io_TextIOWrapper_close_impl
    PyObject close() {
        checkAttached();
        if (Abstract.isTrue(closedAttr())) return PyNone.NONE;
        if (finalizing) {
            try {
                IoBase.call(buffer, "_dealloc_warn", this);
            } catch (PyException e) {
                // ignored, as CPython does
            }
        }
        PyException first = null;
        try {
            IoBase.call(this, "flush");
        } catch (PyException e) {
            first = e;
        }
        try {
            IoBase.call(buffer, "close");
        } catch (PyException e) {
            if (first != null) e.value().context = first.value();
            throw e;
        }
        if (first != null) throw first;
        return PyNone.NONE;
    }

    PyObject closedAttr() {
        checkAttached();
        return Abstract.getattr(buffer, PyStr.intern("closed"));
    }

    // CPython: Modules/_io/textio.c _io_TextIOWrapper_detach_impl
    PyObject detach() {
        checkAttached();
        IoBase.call(this, "flush");
        PyObject b = buffer;
        own(b, null);
        buffer = PyNone.NONE;
        ok = false;
        detached = true;
        return b;
    }

    // CPython: Modules/_io/textio.c textiowrapper_iternext
    PyObject next() {
        telling = false;
        PyObject line;
        try {
            if (type() == TYPE) {
                checkAttached();
                line = readline(-1);
            } else {
                line = IoBase.call(this, "readline");
                if (!(line instanceof PyStr)) {
                    throw Errors.raise(ExceptionTypes.OS_ERROR, "readline() should have returned a str object, not '" + line.typeName() + "'");
                }
            }
        } catch (PyException e) {
            snapshotFlags = null;
            snapshotInput = null;
            telling = seekable;
            throw e;
        }
        if (((PyStr) line).value().isEmpty()) {
            snapshotFlags = null;
            snapshotInput = null;
            telling = seekable;
            return null;
        }
        return line;
    }

    // CPython: Modules/_io/textio.c textiowrapper_repr
    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder("<").append(type().name());
        checkInitialized();
        if (!ReprGuard.enter(this)) {
            throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "reentrant call inside " + type().name() + ".__repr__");
        }
        try {
            optionalAttr(sb, "name");
            optionalAttr(sb, "mode");
            sb.append(" encoding=").append(Abstract.repr(encoding).value()).append('>');
        } finally {
            ReprGuard.leave(this);
        }
        return sb.toString();
    }

    private void optionalAttr(StringBuilder sb, String name) {
        PyObject v;
        try {
            v = Abstract.lookupAttr(this, PyStr.intern(name));
        } catch (PyException e) {
            if (!e.value().type().isSubtype(ExceptionTypes.VALUE_ERROR)) throw e;
            v = null;
        }
        if (v != null) sb.append(' ').append(name).append('=').append(Abstract.repr(v).value());
    }
}
