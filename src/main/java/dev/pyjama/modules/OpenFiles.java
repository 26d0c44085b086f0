package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in {@code open()} for whole-file use, before {@code _io} exists: a text file
 * ({@code _io.TextIOWrapper}, UTF-8, universal newlines on reading) or a binary one
 * ({@code _io.BufferedReader}/{@code BufferedWriter}), read at open and written at close or
 * flush. Read-write modes ('+') are not offered yet.
 */
// CPython: Modules/_io/_iomodule.c _io_open_impl (mode checks and messages), textio.c, bufferedio.c
public final class OpenFiles {
    private OpenFiles() {}

    static final PyType TEXT = PyType.builtin("_io.TextIOWrapper", null);
    static final PyType BUFFERED_READER = PyType.builtin("_io.BufferedReader", null);
    static final PyType BUFFERED_WRITER = PyType.builtin("_io.BufferedWriter", null);

    static final class File extends PyObject {
        final PyType type;
        final Path path;
        final PyObject name;
        final String mode;
        final boolean text, reading;
        String content; // text read: the decoded text
        byte[] data;    // binary read
        int pos;
        final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        boolean closed;
        final PyDict dict = new PyDict();

        File(PyType type, Path path, PyObject name, String mode, boolean text, boolean reading) {
            this.type = type;
            this.path = path;
            this.name = name;
            this.mode = mode;
            this.text = text;
            this.reading = reading;
        }

        @Override public PyType type() { return type; }

        @Override
        public String repr() {
            String cls = type.name();
            return "<" + cls + " name=" + Abstract.repr(name).value + (text ? " mode=" + PyStr.repr(mode) + " encoding='UTF-8'" : "") + ">";
        }
    }

    private static File f(PyObject o) {
        File f = (File) o;
        if (f.closed) throw Errors.valueError("I/O operation on closed file.");
        return f;
    }

    /** builtins.open. */
    public static PyBuiltinFunction function() {
        return new PyBuiltinFunction("open", null, null, OpenFiles::open);
    }

    private static PyObject open(PyObject[] args, PyTuple kw) {
        PyObject[] a = Args.parse("open", args, 0, kw,
                new String[] {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1, 8);
        PyObject file = a[0];
        if (!(file instanceof PyStr) && !(file instanceof PyBytes) && file.type().lookup("__fspath__") == null) {
            throw Errors.typeError("expected str, bytes or os.PathLike object, not " + file.typeName());
        }
        String mode = a[1] == null ? "r" : a[1] instanceof PyStr s ? s.value
                : throwType("open() argument 'mode' must be str, not " + a[1].typeName());
        // CPython: Modules/_io/_iomodule.c _io_open_impl
        boolean r = false, w = false, x = false, ap = false, plus = false, t = false, b = false;
        for (char c : mode.toCharArray()) {
            boolean dup;
            switch (c) {
                case 'r' -> { dup = r; r = true; }
                case 'w' -> { dup = w; w = true; }
                case 'x' -> { dup = x; x = true; }
                case 'a' -> { dup = ap; ap = true; }
                case '+' -> { dup = plus; plus = true; }
                case 't' -> { dup = t; t = true; }
                case 'b' -> { dup = b; b = true; }
                default -> throw Errors.valueError("invalid mode: '" + mode + "'");
            }
            if (dup) throw Errors.valueError("invalid mode: '" + mode + "'");
        }
        if (t && b) throw Errors.valueError("can't have text and binary mode at once");
        int kinds = (r ? 1 : 0) + (w ? 1 : 0) + (x ? 1 : 0) + (ap ? 1 : 0);
        if (kinds > 1) throw Errors.valueError("must have exactly one of create/read/write/append mode");
        if (kinds == 0) throw Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        if (b && a[3] != null && a[3] != PyNone.NONE) throw Errors.valueError("binary mode doesn't take an encoding argument");
        if (plus) throw Errors.raise(dev.pyjama.objects.ExceptionTypes.NOT_IMPLEMENTED_ERROR, "pyjama's open() has no read-write modes yet");
        PyObject fs = ModuleSupport.fspath(file);
        String p = fs instanceof PyStr s ? s.value : new String(((PyBytes) fs).value, StandardCharsets.UTF_8);
        Path path = PosixModule.resolve(p);
        PyType type = !b ? TEXT : r ? BUFFERED_READER : BUFFERED_WRITER;
        File f = new File(type, path, file, mode, !b, r);
        if (Files.isDirectory(path)) throw ModuleSupport.osError(21, file);
        try {
            if (r) {
                byte[] bytes = Files.readAllBytes(path);
                if (b) {
                    f.data = bytes;
                } else {
                    f.content = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
                }
            } else if (x) {
                Files.write(path, new byte[0], StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } else if (w) {
                Files.write(path, new byte[0]);
            } else if (!Files.exists(path)) {
                Files.write(path, new byte[0]);
            }
        } catch (IOException e) {
            throw PosixModule.ioError(e, file);
        }
        return f;
    }

    private static String throwType(String msg) {
        throw Errors.typeError(msg);
    }

    private static void flush(File f) {
        if (f.reading || f.pending.size() == 0) return;
        try {
            Files.write(f.path, f.pending.toByteArray(), StandardOpenOption.APPEND);
            f.pending.reset();
        } catch (IOException e) {
            throw PosixModule.ioError(e, f.name);
        }
    }

    private static PyException unsupported(String what) {
        PyObject t = dev.pyjama.objects.ExceptionTypes.OS_ERROR;
        return Errors.raise((PyType) t, what);
    }

    private static PyObject readSome(File f, long n) {
        if (!f.reading) throw unsupported("not readable");
        if (f.text) {
            int end = n < 0 ? f.content.length() : (int) Math.min(f.content.length(), f.pos + n);
            String s = f.content.substring(f.pos, end);
            f.pos = end;
            return PyStr.of(s);
        }
        int end = n < 0 ? f.data.length : (int) Math.min(f.data.length, f.pos + n);
        byte[] out = java.util.Arrays.copyOfRange(f.data, f.pos, end);
        f.pos = end;
        return new PyBytes(out);
    }

    private static PyObject readline(File f, long limit) {
        if (!f.reading) throw unsupported("not readable");
        int len = f.text ? f.content.length() : f.data.length;
        int end = f.pos;
        while (end < len && (limit < 0 || end - f.pos < limit)) {
            boolean nl = f.text ? f.content.charAt(end) == '\n' : f.data[end] == '\n';
            end++;
            if (nl) break;
        }
        PyObject r = f.text ? PyStr.of(f.content.substring(f.pos, end)) : new PyBytes(java.util.Arrays.copyOfRange(f.data, f.pos, end));
        f.pos = end;
        return r;
    }

    static {
        for (PyType t : new PyType[] {TEXT, BUFFERED_READER, BUFFERED_WRITER}) {
            t.disallowInstantiation = true;
            BuiltinTypes.put(t, "read", (args, kw) -> readSome(f(args[0]), args.length > 1 && args[1] != PyNone.NONE
                    ? ModuleSupport.asLong(args[1]) : -1));
            BuiltinTypes.put(t, "readline", (args, kw) -> readline(f(args[0]), args.length > 1 && args[1] != PyNone.NONE
                    ? ModuleSupport.asLong(args[1]) : -1));
            BuiltinTypes.put(t, "readlines", (args, kw) -> {
                File f = f(args[0]);
                List<PyObject> out = new ArrayList<>();
                for (PyObject line; Abstract.isTrue(line = readline(f, -1)); ) out.add(line);
                return new PyList(out);
            });
            BuiltinTypes.put(t, "write", (args, kw) -> {
                File f = f(args[0]);
                if (f.reading) throw unsupported("not writable");
                PyObject v = args[1];
                if (f.text) {
                    if (!(v instanceof PyStr s)) throw Errors.typeError("write() argument must be str, not " + v.typeName());
                    byte[] bytes = s.value.getBytes(StandardCharsets.UTF_8);
                    f.pending.write(bytes, 0, bytes.length);
                    return PyInt.of(s.value.codePointCount(0, s.value.length()));
                }
                if (!(v instanceof PyBytes bs)) throw Errors.typeError("a bytes-like object is required, not '" + v.typeName() + "'");
                f.pending.write(bs.value, 0, bs.value.length);
                return PyInt.of(bs.value.length);
            });
            BuiltinTypes.put(t, "writelines", (args, kw) -> {
                PyObject write = Abstract.getattr(args[0], PyStr.of("write"));
                for (PyObject line : Abstract.toArray(args[1])) Abstract.call(write, line);
                return PyNone.NONE;
            });
            BuiltinTypes.put(t, "flush", (args, kw) -> {
                flush(f(args[0]));
                return PyNone.NONE;
            });
            BuiltinTypes.put(t, "close", (args, kw) -> {
                File f = (File) args[0];
                if (!f.closed) {
                    flush(f);
                    f.closed = true;
                }
                return PyNone.NONE;
            });
            BuiltinTypes.getter(t, "closed", self -> PyBool.of(((File) self).closed));
            BuiltinTypes.getter(t, "name", self -> ((File) self).name);
            BuiltinTypes.getter(t, "mode", self -> PyStr.of(((File) self).mode));
            BuiltinTypes.put(t, "readable", (args, kw) -> PyBool.of(f(args[0]).reading));
            BuiltinTypes.put(t, "writable", (args, kw) -> PyBool.of(!f(args[0]).reading));
            BuiltinTypes.put(t, "seekable", (args, kw) -> PyBool.of(f(args[0]).reading));
            BuiltinTypes.put(t, "tell", (args, kw) -> PyInt.of(f(args[0]).pos));
            BuiltinTypes.put(t, "__enter__", (args, kw) -> f(args[0]));
            BuiltinTypes.put(t, "__exit__", (args, kw) -> Abstract.call(Abstract.getattr(args[0], PyStr.of("close"))));
            BuiltinTypes.slot0(t, "__iter__", self -> f(self));
            BuiltinTypes.slot0(t, "__next__", self -> {
                PyObject line = readline(f(self), -1);
                if (!Abstract.isTrue(line)) throw Errors.raise(dev.pyjama.objects.ExceptionTypes.STOP_ITERATION, null);
                return line;
            });
            BuiltinTypes.slot0(t, "__repr__", self -> PyStr.of(self.repr()));
        }
        BuiltinTypes.getter(TEXT, "encoding", self -> PyStr.of("UTF-8"));
    }
}
