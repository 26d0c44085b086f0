package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Importer;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;

/**
 * The functions of {@code _io}: {@code open} (which is also {@code builtins.open}),
 * {@code open_code} and {@code text_encoding}. {@code open} picks FileIO, a buffered class
 * and TextIOWrapper from the module as CPython's does from its state.
 */
// CPython: Modules/_io/_iomodule.c _io_open_impl, _io_open_code_impl, _io_text_encoding_impl
final class IoOpen {
    private IoOpen() {}

    private static final String[] OPEN_ARGS = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"};

    static void install(PyModule m) {
        ModuleSupport.def(m, "open", (a, kw) -> {
            PyObject[] p = Args.parse("open", a, 0, kw, OPEN_ARGS, 1, 8);
            return open(m, p[0], str("mode", p[1], false, "r"), p[2] == null ? -1 : ModuleSupport.asInt(p[2]),
                    str("encoding", p[3], true, null), str("errors", p[4], true, null), str("newline", p[5], true, null),
                    p[6] == null || Abstract.isTrue(p[6]), p[7] == null ? PyNone.NONE : p[7]);
        });
        ModuleSupport.def(m, "open_code", (a, kw) -> {
            PyObject path = Args.parse("open_code", a, 0, kw, new String[] {"path"}, 1, 1)[0];
            if (!(path instanceof PyStr)) throw Errors.typeError("open_code() argument 'path' must be str, not " + path.typeName());
            return open(m, path, "rb", -1, null, null, null, true, PyNone.NONE);
        });
        ModuleSupport.def(m, "text_encoding", (a, kw) -> {
            ModuleSupport.positional("text_encoding", a, kw, 1, 2);
            int stacklevel = a.length > 1 ? ModuleSupport.asInt(a[1]) : 2;
            PyObject encoding = a[0];
            if (encoding != PyNone.NONE) return encoding;
            if (flag("warn_default_encoding")) {
                Abstract.call(Abstract.getattr(Importer.importModule("warnings"), PyStr.intern("warn")),
                        PyStr.of("'encoding' argument not specified"), ExceptionTypes.ENCODING_WARNING, PyInt.of(stacklevel));
            }
            return PyStr.of(flag("utf8_mode") ? "utf-8" : "locale");
        });
    }

    private static boolean flag(String name) {
        PyObject flags = Interpreter.current().sys.dict.get(PyStr.of("flags"));
        return flags != null && Abstract.isTrue(Abstract.getattr(flags, PyStr.intern(name)));
    }

    /** A clinic {@code str} (or {@code str(accept={str, NoneType})}) argument. */
    private static String str(String name, PyObject v, boolean orNone, String absent) {
        if (v == null || orNone && v == PyNone.NONE) return absent;
        if (v instanceof PyStr s) {
            if (s.value().indexOf('\0') >= 0) throw Errors.valueError("embedded null character");
            return s.value();
        }
        throw Errors.typeError("open() argument '" + name + "' must be str" + (orNone ? " or None" : "") + ", not " + v.typeName());
    }

    private static PyObject cls(PyModule m, String name) {
        return m.dict.get(PyStr.of(name));
    }

    private static PyObject open(PyModule m, PyObject file, String mode, int buffering, String encoding, String errors,
            String newline, boolean closefd, PyObject opener) {
        boolean isNumber = file instanceof PyInt || file.type().lookup("__index__") != null
                || file.type().lookup("__int__") != null || file.type().lookup("__float__") != null;
        PyObject pathOrFd = file;
        if (!isNumber) {
            PyObject fspath = file.type().lookup("__fspath__");
            if (!(file instanceof PyStr) && !(file instanceof PyBytes) && fspath == null) {
                throw Errors.typeError("expected str, bytes or os.PathLike object, not " + file.typeName());
            }
            pathOrFd = ModuleSupport.fspath(file);
            if (!(pathOrFd instanceof PyStr) && !(pathOrFd instanceof PyBytes)) {
                throw Errors.typeError("invalid file: " + Abstract.repr(file).value());
            }
        }
        boolean creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'x': creating = true; break;
                case 'r': reading = true; break;
                case 'w': writing = true; break;
                case 'a': appending = true; break;
                case '+': updating = true; break;
                case 't': text = true; break;
                case 'b': binary = true; break;
                default: throw Errors.valueError("invalid mode: '" + mode + "'");
            }
            if (mode.indexOf(c, i + 1) >= 0) throw Errors.valueError("invalid mode: '" + mode + "'");
        }
        String rawmode = (creating ? "x" : "") + (reading ? "r" : "") + (writing ? "w" : "") + (appending ? "a" : "")
                + (updating ? "+" : "");
        if (text && binary) throw Errors.valueError("can't have text and binary mode at once");
        if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1) {
            throw Errors.valueError("must have exactly one of create/read/write/append mode");
        }
        if (binary && encoding != null) throw Errors.valueError("binary mode doesn't take an encoding argument");
        if (binary && errors != null) throw Errors.valueError("binary mode doesn't take an errors argument");
        if (binary && newline != null) throw Errors.valueError("binary mode doesn't take a newline argument");
        if (binary && buffering == 1) {
            Abstract.call(Abstract.getattr(Importer.importModule("warnings"), PyStr.intern("warn")),
                    PyStr.of("line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used"),
                    ExceptionTypes.RUNTIME_WARNING, PyInt.of(2));
        }
        PyObject raw = Abstract.call(cls(m, "FileIO"), pathOrFd, PyStr.of(rawmode), PyBool.of(closefd), opener);
        PyObject result = raw;
        try {
            boolean isatty = buffering < 0 && Abstract.isTrue(IoBase.call(raw, "isatty"));
            boolean lineBuffering = false;
            if (buffering == 1 || isatty) {
                buffering = -1;
                lineBuffering = true;
            }
            if (buffering < 0) buffering = ModuleSupport.asInt(Abstract.getattr(raw, PyStr.intern("_blksize")));
            if (buffering < 0) throw Errors.valueError("invalid buffering size");
            if (buffering == 0) {
                if (!binary) throw Errors.valueError("can't have unbuffered text I/O");
                return result;
            }
            String bufferedClass = updating ? "BufferedRandom" : creating || writing || appending ? "BufferedWriter" : "BufferedReader";
            PyObject buffer = Abstract.call(cls(m, bufferedClass), raw, PyInt.of(buffering));
            result = buffer;
            if (binary) return result;
            PyObject wrapper = Abstract.call(cls(m, "TextIOWrapper"), buffer, orNone(encoding), orNone(errors), orNone(newline),
                    PyBool.of(lineBuffering));
            result = wrapper;
            Abstract.setattr(wrapper, PyStr.intern("mode"), PyStr.of(mode));
            return result;
        } catch (PyException e) {
            try {
                IoBase.call(result, "close");
            } catch (PyException ignored) {
                // the first error is the one reported (CPython chains the second to it)
            }
            throw e;
        }
    }

    private static PyObject orNone(String s) {
        return s == null ? PyNone.NONE : PyStr.of(s);
    }
}
