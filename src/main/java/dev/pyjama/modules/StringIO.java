package dev.pyjama.modules;

import static dev.pyjama.interp.BuiltinTypes.getter;
import static dev.pyjama.interp.BuiltinTypes.newMethod;
import static dev.pyjama.interp.BuiltinTypes.put;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.Derived;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;

/**
 * {@code _io.StringIO}: text in memory, counted in code points. As in CPython, a StringIO
 * that is only appended to accumulates its text in a builder (cheap writes, getvalue as one
 * copy); the first write elsewhere, seek-then-read or truncation "realizes" it into an array
 * of code points. Newline handling is the C code's: {@code newline=None} translates \r and
 * \r\n to \n on write, '' and None record the newlines seen, '\r' and '\r\n' replace \n on write.
 */
// CPython: Modules/_io/stringio.c
public final class StringIO extends IoBase {
    public static final PyType TYPE = PyType.builtin("_io.StringIO", IoBase.TEXT);

    private static final int SEEN_LF = 1, SEEN_CR = 2, SEEN_CRLF = 4;

    private boolean ok, closed;
    /** Accumulating: the text so far is {@code acc} ({@code size} code points); otherwise {@code buf[0..size)}. */
    private StringBuilder acc;
    private int[] buf;
    private int size, pos;
    private String readnl, writenl;
    private boolean readuniversal, readtranslate, hasDecoder;
    private int seennl;

    StringIO(PyType type) {
        super(type);
    }

    /** CPython's dealloc of this type does not finalise (close() would change nothing): no JVM finaliser. */
    @SuppressWarnings({"deprecation", "removal"})
    @Override
    protected void finalize() {}

    private void checkInitialized() {
        if (!ok) throw Errors.valueError("I/O operation on uninitialized object");
    }

    private void checkOpen() {
        checkInitialized();
        if (closed) throw Errors.valueError("I/O operation on closed file");
    }

    private static StringIO self(PyObject o) {
        return (StringIO) o;
    }

    // CPython: Modules/_io/stringio.c _io_StringIO___init___impl
    private void init(PyObject value, PyObject newlineObj) {
        String newline = "\n";
        if (newlineObj == PyNone.NONE) {
            newline = null;
        } else if (newlineObj != null) {
            if (!(newlineObj instanceof PyStr ns)) {
                throw Errors.typeError("newline must be str or None, not " + newlineObj.typeName());
            }
            newline = ns.value();
        }
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r") && !newline.equals("\r\n")) {
            throw Errors.valueError("illegal newline value: " + Abstract.repr(newlineObj).value());
        }
        if (value != null && value != PyNone.NONE && !(value instanceof PyStr)) {
            throw Errors.typeError("initial_value must be str or None, not " + value.typeName());
        }
        ok = false;
        readnl = newline;
        readuniversal = newline == null || newline.isEmpty();
        readtranslate = newline == null;
        writenl = newline != null && newline.startsWith("\r") ? newline : null;
        hasDecoder = readuniversal;
        seennl = 0;
        size = 0;
        pos = 0;
        if (value instanceof PyStr s && !s.value().isEmpty()) {
            acc = null;
            buf = new int[0];
            writeStr(s);
        } else {
            acc = new StringBuilder();
            buf = null;
        }
        pos = 0;
        closed = false;
        ok = true;
    }

    private void realize() {
        if (acc == null) return;
        buf = acc.toString().codePoints().toArray();
        acc = null;
    }

    private void resize(int n) {
        if (n > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(n, buf.length + (buf.length >> 1)));
    }

    // CPython: Modules/_io/stringio.c write_str (with _PyIncrementalNewlineDecoder_decode, always final)
    private void writeStr(PyStr obj) {
        String s = obj.value();
        boolean plain = !obj.hasSurrogateCodePoints();
        if (hasDecoder && (s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0)) {
            int crlf = 0, cr = 0, lf = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\r') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        crlf++;
                        i++;
                    } else {
                        cr++;
                    }
                } else if (c == '\n') {
                    lf++;
                }
            }
            seennl |= (lf > 0 ? SEEN_LF : 0) | (cr > 0 ? SEEN_CR : 0) | (crlf > 0 ? SEEN_CRLF : 0);
            if (readtranslate && (cr > 0 || crlf > 0)) s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (writenl != null && s.indexOf('\n') >= 0) s = s.replace("\n", writenl);
        if (acc != null && plain) {
            if (size == pos) {
                int n = s.codePointCount(0, s.length());
                acc.append(s);
                size += n;
                pos += n;
                return;
            }
        }
        realize();
        int[] cps = s == obj.value() ? obj.codePoints() : s.codePoints().toArray();
        int len = cps.length;
        if (pos + len > size) resize(pos + len);
        if (pos > size) java.util.Arrays.fill(buf, size, pos, 0);
        System.arraycopy(cps, 0, buf, pos, len);
        pos += len;
        if (size < pos) size = pos;
    }

    private PyStr value() {
        if (acc != null) return PyStr.of(acc.toString());
        return PyStr.ofCodePoints(buf, size);
    }

    private PyStr slice(int start, int n) {
        return PyStr.ofCodePoints(java.util.Arrays.copyOfRange(buf, start, start + n), n);
    }

    // CPython: Modules/_io/stringio.c _io_StringIO_read_impl
    private PyObject read(long sizeArg) {
        checkOpen();
        int n = size - pos;
        int want = sizeArg < 0 || sizeArg > n ? Math.max(n, 0) : (int) sizeArg;
        if (acc != null && pos == 0 && want == n) {
            pos = size;
            return value();
        }
        realize();
        PyStr r = want == 0 ? PyStr.of("") : slice(pos, want);
        pos += want;
        return r;
    }

    // CPython: Modules/_io/stringio.c _stringio_readline, _PyIO_find_line_ending
    private PyStr readline(long limit) {
        if (pos >= size) return PyStr.of("");
        int start = pos;
        int avail = size - pos;
        int end = start + (limit < 0 || limit > avail ? avail : (int) limit);
        int len = -1;
        if (readtranslate) {
            for (int i = start; i < end; i++) if (buf[i] == '\n') { len = i + 1 - start; break; }
        } else if (readuniversal) {
            for (int i = start; i < end; i++) {
                if (buf[i] == '\n') { len = i + 1 - start; break; }
                if (buf[i] == '\r') { len = (i + 1 < end && buf[i + 1] == '\n' ? i + 2 : i + 1) - start; break; }
            }
        } else {
            int[] nl = readnl.codePoints().toArray();
            outer:
            for (int i = start; i + nl.length <= end; i++) {
                for (int k = 0; k < nl.length; k++) if (buf[i + k] != nl[k]) continue outer;
                len = i + nl.length - start;
                break;
            }
        }
        if (len < 0) len = end - start;
        pos += len;
        return slice(start, len);
    }

    private PyObject newlines() {
        if (!hasDecoder) return PyNone.NONE;
        PyStr lf = PyStr.of("\n"), cr = PyStr.of("\r"), crlf = PyStr.of("\r\n");
        switch (seennl) {
            case SEEN_LF: return lf;
            case SEEN_CR: return cr;
            case SEEN_CR | SEEN_LF: return PyTuple.of(cr, lf);
            case SEEN_CRLF: return crlf;
            case SEEN_LF | SEEN_CRLF: return PyTuple.of(lf, crlf);
            case SEEN_CR | SEEN_CRLF: return PyTuple.of(cr, crlf);
            case SEEN_CR | SEEN_LF | SEEN_CRLF: return PyTuple.of(cr, lf, crlf);
            default: return PyNone.NONE;
        }
    }

    static {
        PyType t = TYPE;
        Derived.SELF_DERIVED.put(t, StringIO.class);
        newMethod(t, (a, kw) -> new StringIO(TYPE));
        put(t, "__init__", (a, kw) -> {
            PyObject[] p = Args.parse("StringIO", a, 1, kw, new String[] {"initial_value", "newline"}, 0, 2);
            self(a[0]).init(p[0], p[1]);
            return PyNone.NONE;
        });
        noargs(t, "getvalue", s -> {
            s.checkOpen();
            return s.value();
        });
        noargs(t, "tell", s -> {
            s.checkOpen();
            return PyInt.of(s.pos);
        });
        put(t, "read", (a, kw) -> self(a[0]).read(optionalSize(args("read", a, kw, 0, 1)[0])));
        put(t, "readline", (a, kw) -> {
            long limit = optionalSize(args("readline", a, kw, 0, 1)[0]);
            StringIO s = self(a[0]);
            s.checkOpen();
            s.realize();
            return s.readline(limit);
        });
        // CPython: Modules/_io/stringio.c _io_StringIO_truncate_impl
        put(t, "truncate", (a, kw) -> {
            PyObject arg = args("truncate", a, kw, 0, 1)[0];
            StringIO s = self(a[0]);
            long n = arg == null || arg == PyNone.NONE ? s.pos : optionalSize(arg);
            s.checkOpen();
            if (n < 0) throw Errors.valueError("Negative size value " + n);
            if (n < s.size) {
                s.realize();
                s.size = (int) n;
            }
            return PyInt.of(n);
        });
        // CPython: Modules/_io/stringio.c _io_StringIO_seek_impl
        put(t, "seek", (a, kw) -> {
            PyObject[] p = args("seek", a, kw, 1, 2);
            long where = ssize(p[0]);
            int whence = p[1] == null ? 0 : ModuleSupport.asInt(p[1]);
            StringIO s = self(a[0]);
            s.checkOpen();
            if (whence != 0 && whence != 1 && whence != 2) {
                throw Errors.valueError("Invalid whence (" + whence + ", should be 0, 1 or 2)");
            }
            if (where < 0 && whence == 0) throw Errors.valueError("Negative seek position " + where);
            if (whence != 0 && where != 0) throw Errors.raise(ExceptionTypes.OS_ERROR, "Can't do nonzero cur-relative seeks");
            if (whence == 1) where = s.pos;
            else if (whence == 2) where = s.size;
            if (where > Integer.MAX_VALUE - 8) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "new position too large");
            s.pos = (int) where;
            return PyInt.of(where);
        });
        onearg(t, "write", (o, v) -> {
            StringIO s = self(o);
            s.checkOpen();
            if (!(v instanceof PyStr str)) throw Errors.typeError("string argument expected, got '" + v.typeName() + "'");
            int n = str.length();
            if (n > 0) s.writeStr(str);
            return PyInt.of(n);
        });
        for (String name : new String[] {"readable", "writable", "seekable"}) {
            noargs(t, name, s -> {
                s.checkOpen();
                return PyBool.TRUE;
            });
        }
        noargs(t, "close", s -> {
            s.closed = true;
            s.acc = null;
            s.buf = new int[0];
            return PyNone.NONE;
        });
        // CPython: Modules/_io/stringio.c stringio_iternext
        BuiltinTypes.slot0(t, "__next__", o -> {
            StringIO s = self(o);
            s.checkOpen();
            s.realize();
            PyObject line;
            if (o.type() == TYPE) {
                line = s.readline(-1);
            } else {
                line = call(o, "readline");
                if (!(line instanceof PyStr)) {
                    throw Errors.raise(ExceptionTypes.OS_ERROR, "readline() should have returned a str object, not '" + line.typeName() + "'");
                }
            }
            if (((PyStr) line).value().isEmpty()) throw Errors.raise(ExceptionTypes.STOP_ITERATION, null);
            return line;
        });
        getter(t, "closed", o -> {
            self(o).checkInitialized();
            return PyBool.of(self(o).closed);
        });
        getter(t, "line_buffering", o -> {
            self(o).checkOpen();
            return PyBool.FALSE;
        });
        getter(t, "newlines", o -> {
            self(o).checkOpen();
            return self(o).newlines();
        });
        // CPython: Modules/_io/stringio.c stringio_getstate
        noargs(t, "__getstate__", s -> {
            s.checkOpen();
            PyObject value = s.value();
            PyDict d = s.dict();
            return PyTuple.of(value, s.readnl == null ? PyNone.NONE : PyStr.of(s.readnl), PyInt.of(s.pos),
                    d == null || d.size() == 0 ? PyNone.NONE : copyDict(d));
        });
        onearg(t, "__setstate__", StringIO::setState);
    }

    // CPython: Modules/_io/stringio.c _io_StringIO___setstate___impl
    private static PyObject setState(PyObject o, PyObject state) {
        StringIO s = self(o);
        if (s.closed) throw Errors.valueError("I/O operation on closed file");
        if (!(state instanceof PyTuple st) || st.items.length < 4) {
            throw Errors.typeError(o.type().name() + ".__setstate__ argument should be 4-tuple, got " + state.typeName());
        }
        s.init(st.items[0], st.items[1]);
        // the value was translated once already: it replaces the buffer as it is
        s.acc = null;
        if (st.items[0] instanceof PyStr v) {
            s.buf = v.codePoints();
            s.size = s.buf.length;
        } else {
            s.buf = new int[0];
            s.size = 0;
        }
        if (!(st.items[2] instanceof PyInt p)) {
            throw Errors.typeError("third item of state must be an integer, got " + st.items[2].typeName());
        }
        long p0 = ssize(p);
        if (p0 < 0) throw Errors.valueError("position value cannot be negative");
        s.pos = (int) p0;
        PyObject d = st.items[3];
        if (d != PyNone.NONE) {
            if (!(d instanceof PyDict dd)) throw Errors.typeError("fourth item of state should be a dict, got a " + d.typeName());
            if (s.dict() != null) updateDict(s.dict(), dd);
            else s.setDict(dd);
        }
        return PyNone.NONE;
    }

    interface F0 {
        PyObject call(StringIO self);
    }

    /** METH_NOARGS with the message CPython's method descriptors give: "StringIO.tell() takes no arguments (1 given)". */
    private static void noargs(PyType t, String name, F0 f) {
        String q = t.qualname + "." + name;
        put(t, name, (a, kw) -> {
            Args.noKw(q, kw);
            if (a.length != 1) throw Errors.typeError(q + "() takes no arguments (" + (a.length - 1) + " given)");
            return f.call(self(a[0]));
        });
    }

    /** METH_O: "StringIO.write() takes exactly one argument (0 given)". */
    static void onearg(PyType t, String name, BuiltinTypes.F1 f) {
        String q = t.qualname + "." + name;
        put(t, name, (a, kw) -> {
            Args.noKw(q, kw);
            if (a.length != 2) throw Errors.typeError(q + "() takes exactly one argument (" + (a.length - 1) + " given)");
            return f.call(a[0], a[1]);
        });
    }
}
