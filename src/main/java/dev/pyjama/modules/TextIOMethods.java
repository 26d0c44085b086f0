package dev.pyjama.modules;

import static dev.pyjama.interp.BuiltinTypes.getset;
import static dev.pyjama.interp.BuiltinTypes.getter;
import static dev.pyjama.interp.BuiltinTypes.newMethod;
import static dev.pyjama.interp.BuiltinTypes.put;
import static dev.pyjama.modules.TextIOWrapper.self;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.Derived;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyType;

/** The methods and attributes of {@code _io.TextIOWrapper}: built-ins, as CPython's are (a profiler sees c_call events). */
// CPython: Modules/_io/textio.c textiowrapper_methods, textiowrapper_members, textiowrapper_getset
final class TextIOMethods {
    private TextIOMethods() {}

    private static final String[] INIT_ARGS = {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"};
    private static final String[] RECONFIGURE_ARGS = {"encoding", "errors", "newline", "line_buffering", "write_through"};

    /** A clinic {@code Py_ssize_t} argument with a default (None refused). */
    private static long size(PyObject o) {
        if (o == null) return -1;
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
            throw Errors.typeError("'" + o.typeName() + "' object cannot be interpreted as an integer");
        }
        return Abstract.asSsize(o, ExceptionTypes.OVERFLOW_ERROR);
    }

    static void install() {
        PyType t = TextIOWrapper.TYPE;
        Derived.SELF_DERIVED.put(t, TextIOWrapper.class);
        newMethod(t, (a, kw) -> IoFinalizer.track(new TextIOWrapper(TextIOWrapper.TYPE)));
        put(t, "__init__", (a, kw) -> {
            PyObject[] p = Args.parse("TextIOWrapper", a, 1, kw, INIT_ARGS, 1, 6);
            self(a[0]).init(p[0], p[1], p[2], p[3], p[4] != null && Abstract.isTrue(p[4]), p[5] != null && Abstract.isTrue(p[5]));
            return PyNone.NONE;
        });
        put(t, "write", (a, kw) -> {
            PyObject text = IoBase.args("write", a, kw, 1, 1)[0];
            if (!(text instanceof PyStr s)) throw Errors.typeError("write() argument must be str, not " + text.typeName());
            return PyInt.of(self(a[0]).write(s));
        });
        put(t, "read", (a, kw) -> {
            long n = IoBase.optionalSize(IoBase.args("read", a, kw, 0, 1)[0]);
            return self(a[0]).read(n);
        });
        put(t, "readline", (a, kw) -> {
            long n = size(IoBase.args("readline", a, kw, 0, 1)[0]);
            return self(a[0]).checkAttached().readline(n);
        });
        put(t, "flush", (a, kw) -> {
            IoBase.args("flush", a, kw, 0, 0);
            return self(a[0]).flush();
        });
        put(t, "close", (a, kw) -> {
            IoBase.args("close", a, kw, 0, 0);
            return self(a[0]).close();
        });
        put(t, "detach", (a, kw) -> {
            IoBase.args("detach", a, kw, 0, 0);
            return self(a[0]).detach();
        });
        for (String name : new String[] {"fileno", "seekable", "readable", "writable", "isatty"}) {
            put(t, name, (a, kw) -> {
                IoBase.args(name, a, kw, 0, 0);
                return IoBase.call(self(a[0]).checkAttached().buffer, name);
            });
        }
        put(t, "tell", (a, kw) -> {
            IoBase.args("tell", a, kw, 0, 0);
            return TextIOPositions.tell(self(a[0]));
        });
        put(t, "seek", (a, kw) -> {
            PyObject[] p = IoBase.args("seek", a, kw, 1, 2);
            return TextIOPositions.seek(self(a[0]), p[0], p[1] == null ? 0 : ModuleSupport.asInt(p[1]));
        });
        // CPython: Modules/_io/textio.c _io_TextIOWrapper_truncate_impl
        put(t, "truncate", (a, kw) -> {
            PyObject pos = IoBase.args("truncate", a, kw, 0, 1)[0];
            TextIOWrapper w = self(a[0]).checkAttached();
            IoBase.call(w, "flush");
            return IoBase.call(w.buffer, "truncate", pos == null ? PyNone.NONE : pos);
        });
        put(t, "reconfigure", (a, kw) -> {
            PyObject[] p = Args.parse("reconfigure", a, 1, kw, RECONFIGURE_ARGS, 0, 0);
            reconfigure(self(a[0]), p);
            return PyNone.NONE;
        });
        BuiltinTypes.slot0(t, "__next__", o -> {
            PyObject line = self(o).next();
            if (line == null) throw Errors.raise(ExceptionTypes.STOP_ITERATION, null);
            return line;
        });
        BuiltinTypes.slot0(t, "__repr__", o -> PyStr.of(o.repr()));
        for (String name : new String[] {"__reduce__", "__reduce_ex__"}) {
            put(t, name, (a, kw) -> {
                throw Errors.typeError("cannot pickle '" + a[0].type().qualname + "' instances");
            });
        }
        getter(t, "encoding", o -> self(o).encoding == null ? PyNone.NONE : self(o).encoding);
        getter(t, "buffer", o -> self(o).buffer);
        getter(t, "line_buffering", o -> PyBool.of(self(o).lineBuffering));
        getter(t, "write_through", o -> PyBool.of(self(o).writeThrough));
        getter(t, "_finalizing", o -> PyBool.of(self(o).finalizing));
        getter(t, "errors", o -> self(o).checkInitialized().errors);
        getter(t, "name", o -> Abstract.getattr(self(o).checkAttached().buffer, PyStr.intern("name")));
        getter(t, "closed", o -> self(o).closedAttr());
        // CPython: Modules/_io/textio.c textiowrapper_newlines_get
        getter(t, "newlines", o -> {
            TextIOWrapper w = self(o).checkAttached();
            if (w.decoder == PyNone.NONE) return PyNone.NONE;
            if (w.decoder instanceof NewlineDecoder nd) return nd.newlines();
            PyObject r = Abstract.lookupAttr(w.decoder, PyStr.intern("newlines"));
            return r == null ? PyNone.NONE : r;
        });
        getset(t, "_CHUNK_SIZE", o -> PyInt.of(self(o).checkAttached().chunkSize), (o, v) -> {
            TextIOWrapper w = self(o).checkAttached();
            if (v == null) throw Errors.raise(ExceptionTypes.ATTRIBUTE_ERROR, "cannot delete attribute");
            long n = Abstract.asSsize(v, ExceptionTypes.OVERFLOW_ERROR);
            if (n <= 0) throw Errors.valueError("a strictly positive integer is required");
            w.chunkSize = (int) Math.min(n, Integer.MAX_VALUE);
        });
    }

    // CPython: Modules/_io/textio.c _io_TextIOWrapper_reconfigure_impl, textiowrapper_change_encoding
    private static void reconfigure(TextIOWrapper w, PyObject[] p) {
        PyObject encoding = p[0] == null ? PyNone.NONE : p[0];
        PyObject errors = p[1] == null ? PyNone.NONE : p[1];
        PyObject newlineObj = p[2];
        if (encoding != PyNone.NONE && !(encoding instanceof PyStr)) {
            throw Errors.typeError("reconfigure() argument 'encoding' must be str or None, not " + encoding.typeName());
        }
        if (errors != PyNone.NONE && !(errors instanceof PyStr)) {
            throw Errors.typeError("reconfigure() argument 'errors' must be str or None, not " + errors.typeName());
        }
        if (w.decoded != null && (encoding != PyNone.NONE || errors != PyNone.NONE || newlineObj != null)) {
            throw IoBase.unsupported("It is not possible to set the encoding or newline of stream after the first read");
        }
        String newline = newlineObj == null ? null : TextIOWrapper.newlineArg(newlineObj, "reconfigure()");
        boolean lineBuffering = p[3] == null || p[3] == PyNone.NONE ? w.lineBuffering : Abstract.isTrue(p[3]);
        boolean writeThrough = p[4] == null || p[4] == PyNone.NONE ? w.writeThrough : Abstract.isTrue(p[4]);
        IoBase.call(w, "flush");
        w.b2cratio = 0;
        if (newlineObj != null) w.setNewline(newline);
        if (encoding != PyNone.NONE || errors != PyNone.NONE || newlineObj != null) {
            PyStr enc;
            if (encoding == PyNone.NONE) {
                enc = w.encoding;
                if (errors == PyNone.NONE) errors = w.errors;
            } else {
                enc = ((PyStr) encoding).value().equals("locale") ? PyStr.of(TextIOWrapper.localeEncoding(false)) : (PyStr) encoding;
                if (errors == PyNone.NONE) errors = PyStr.intern("strict");
            }
            PyObject info = TextIOWrapper.lookupText(enc.value());
            PyObject savedErrors = w.errors;
            w.errors = errors;
            try {
                w.setCodecs(info);
            } catch (RuntimeException e) {
                w.errors = savedErrors;
                throw e;
            }
            w.encoding = enc;
            w.fixEncoderState();
        }
        w.lineBuffering = lineBuffering;
        w.writeThrough = writeThrough;
    }
}
