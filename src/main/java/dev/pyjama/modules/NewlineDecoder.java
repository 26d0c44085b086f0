package dev.pyjama.modules;

import static dev.pyjama.interp.BuiltinTypes.getter;
import static dev.pyjama.interp.BuiltinTypes.newMethod;
import static dev.pyjama.interp.BuiltinTypes.put;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.Derived;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.math.BigInteger;

/**
 * {@code _io.IncrementalNewlineDecoder}: wraps a codec's incremental decoder (or None, for
 * text fed directly), keeps a trailing \r back until the next call (it may start \r\n),
 * records the kinds of newline seen and, when translating, turns \r\n and \r into \n.
 */
// CPython: Modules/_io/textio.c _io_IncrementalNewlineDecoder___init___impl, _PyIncrementalNewlineDecoder_decode
public final class NewlineDecoder extends PyObject implements Derived {
    public static final PyType TYPE = PyType.builtin("_io.IncrementalNewlineDecoder", null);

    static final int SEEN_LF = 1, SEEN_CR = 2, SEEN_CRLF = 4;

    private PyType type = TYPE;
    private PyDict dict = new PyDict();
    private boolean ok;
    PyObject decoder = PyNone.NONE;
    boolean translate, pendingcr;
    int seennl;

    NewlineDecoder(PyType type) {
        this.type = type;
    }

    /** The decoder TextIOWrapper builds for universal newlines. */
    static NewlineDecoder of(PyObject decoder, boolean translate) {
        NewlineDecoder d = new NewlineDecoder(TYPE);
        d.decoder = decoder;
        d.translate = translate;
        d.ok = true;
        return d;
    }

    @Override public PyType type() { return type; }
    @Override public PyDict dict() { return dict; }
    @Override public void setDict(PyDict d) { dict = d; }
    @Override public void setType(PyType t) { type = t; }

    @Override
    public String repr() {
        return "<" + type.name() + " object at 0x" + dev.pyjama.objects.PyHash.addressHex(this) + ">";
    }

    private static NewlineDecoder self(PyObject o) {
        NewlineDecoder d = (NewlineDecoder) o;
        if (!d.ok) throw Errors.valueError("IncrementalNewlineDecoder.__init__() not called");
        return d;
    }

    static PyStr checkDecoded(PyObject output) {
        if (!(output instanceof PyStr s)) throw Errors.typeError("decoder should return a string result, not '" + output.typeName() + "'");
        return s;
    }

    PyStr decode(PyObject input, boolean fin) {
        PyStr out;
        if (decoder == PyNone.NONE) {
            out = checkDecoded(input);
        } else {
            out = checkDecoded(Abstract.call(Abstract.getattr(decoder, PyStr.intern("decode")), new PyObject[] {input, PyBool.of(fin)},
                    PyTuple.of(PyStr.intern("final"))));
        }
        String s = out.value();
        boolean changed = false;
        if (pendingcr && (fin || !s.isEmpty())) {
            s = "\r" + s;
            pendingcr = false;
            changed = true;
        }
        // a \r at the end stays back even when not translating: readline then sees \r\n in one piece
        if (!fin && !s.isEmpty() && s.charAt(s.length() - 1) == '\r') {
            s = s.substring(0, s.length() - 1);
            pendingcr = true;
            changed = true;
        }
        if (s.indexOf('\r') < 0) {
            if ((seennl & SEEN_LF) == 0 && s.indexOf('\n') >= 0) seennl |= SEEN_LF;
            return changed ? PyStr.of(s) : out;
        }
        StringBuilder sb = translate ? new StringBuilder(s.length()) : null;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                seennl |= SEEN_LF;
            } else if (c == '\r') {
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    seennl |= SEEN_CRLF;
                    i++;
                    if (sb == null) continue;
                } else {
                    seennl |= SEEN_CR;
                }
                if (sb != null) sb.append('\n');
                continue;
            }
            if (sb != null) sb.append(c);
        }
        return sb != null ? PyStr.of(sb.toString()) : changed ? PyStr.of(s) : out;
    }

    /** (buffered bytes, flags): the wrapped decoder's flags shifted left, the pending \r in bit 0. */
    // CPython: Modules/_io/textio.c _io_IncrementalNewlineDecoder_getstate_impl
    PyTuple getstate() {
        PyObject buffer;
        BigInteger flag;
        if (decoder != PyNone.NONE) {
            PyObject state = IoBase.call(decoder, "getstate");
            if (!(state instanceof PyTuple t) || t.items.length != 2 || !(t.items[1] instanceof PyInt f)) {
                throw Errors.typeError("illegal decoder state");
            }
            buffer = t.items[0];
            flag = f.bigValue();
        } else {
            buffer = new PyBytes(new byte[0]);
            flag = BigInteger.ZERO;
        }
        flag = flag.shiftLeft(1);
        if (pendingcr) flag = flag.setBit(0);
        return PyTuple.of(buffer, PyInt.of(flag));
    }

    // CPython: Modules/_io/textio.c _io_IncrementalNewlineDecoder_setstate
    void setstate(PyObject state) {
        if (!(state instanceof PyTuple t)) throw Errors.typeError("state argument must be a tuple");
        if (t.items.length != 2) throw Errors.typeError("setstate() argument must be a 2-tuple, not " + t.items.length);
        PyInt flag = (PyInt) Abstract.index(t.items[1]);
        pendingcr = flag.bigValue().testBit(0);
        if (decoder != PyNone.NONE) {
            IoBase.call(decoder, "setstate", PyTuple.of(t.items[0], PyInt.of(flag.bigValue().shiftRight(1))));
        }
    }

    void reset() {
        seennl = 0;
        pendingcr = false;
        if (decoder != PyNone.NONE) IoBase.call(decoder, "reset");
    }

    PyObject newlines() {
        return newlines(seennl);
    }

    static PyObject newlines(int seen) {
        PyStr lf = PyStr.of("\n"), cr = PyStr.of("\r"), crlf = PyStr.of("\r\n");
        return switch (seen) {
            case SEEN_LF -> lf;
            case SEEN_CR -> cr;
            case SEEN_CR | SEEN_LF -> PyTuple.of(cr, lf);
            case SEEN_CRLF -> crlf;
            case SEEN_LF | SEEN_CRLF -> PyTuple.of(lf, crlf);
            case SEEN_CR | SEEN_CRLF -> PyTuple.of(cr, crlf);
            case SEEN_CR | SEEN_LF | SEEN_CRLF -> PyTuple.of(cr, lf, crlf);
            default -> PyNone.NONE;
        };
    }

    static {
        PyType t = TYPE;
        Derived.SELF_DERIVED.put(t, NewlineDecoder.class);
        newMethod(t, (a, kw) -> new NewlineDecoder(TYPE));
        put(t, "__init__", (a, kw) -> {
            PyObject[] p = Args.parse("IncrementalNewlineDecoder", a, 1, kw, new String[] {"decoder", "translate", "errors"}, 2, 3);
            NewlineDecoder d = (NewlineDecoder) a[0];
            d.decoder = p[0];
            d.translate = Abstract.isTrue(p[1]);
            d.seennl = 0;
            d.pendingcr = false;
            d.ok = true;
            return PyNone.NONE;
        });
        put(t, "decode", (a, kw) -> {
            PyObject[] p = Args.parse("decode", a, 1, kw, new String[] {"input", "final"}, 1, 2);
            return self(a[0]).decode(p[0], p[1] != null && Abstract.isTrue(p[1]));
        });
        put(t, "getstate", (a, kw) -> {
            IoBase.args("getstate", a, kw, 0, 0);
            return self(a[0]).getstate();
        });
        put(t, "setstate", (a, kw) -> {
            self(a[0]).setstate(IoBase.args("setstate", a, kw, 1, 1)[0]);
            return PyNone.NONE;
        });
        put(t, "reset", (a, kw) -> {
            IoBase.args("reset", a, kw, 0, 0);
            self(a[0]).reset();
            return PyNone.NONE;
        });
        getter(t, "newlines", o -> self(o).newlines());
    }
}
