package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.JavaModules;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyIter;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.nio.charset.StandardCharsets;

/** What the Java modules share: defining functions and types, converting arguments, raising OSError. */
public final class ModuleSupport {
    private ModuleSupport() {}

    /** A new module named {@code name}. */
    static PyModule module(String name) {
        return JavaModules.newModule(name);
    }

    /** A module-level function ({@code builtin_function_or_method}). */
    static PyBuiltinFunction def(PyModule m, String name, PyBuiltinFunction.Impl impl) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, null, m, impl);
        m.dict.put(PyStr.of(name), f);
        return f;
    }

    static void set(PyModule m, String name, PyObject v) {
        m.dict.put(PyStr.of(name), v);
    }

    static void set(PyModule m, String name, long v) {
        m.dict.put(PyStr.of(name), PyInt.of(v));
    }

    /** A built-in iterator type (not subclassable) with {@code __iter__} and {@code __next__}. */
    static PyType iteratorType(String name) {
        PyType t = PyType.builtin(name, null);
        t.baseType = false;
        BuiltinTypes.slot0(t, "__iter__", self -> self);
        BuiltinTypes.slot0(t, "__next__", self -> {
            PyObject v = ((PyIter) self).next();
            if (v == null) throw Errors.raise(ExceptionTypes.STOP_ITERATION, null);
            return v;
        });
        return t;
    }

    // ---- argument checks, with clinic's messages

    /** "f() takes exactly one argument (N given)" for METH_O functions. */
    static PyObject one(String name, PyObject[] a, dev.pyjama.objects.PyTuple kw) {
        noKw(name, kw);
        if (a.length != 1) throw Errors.typeError(name + "() takes exactly one argument (" + a.length + " given)");
        return a[0];
    }

    static void noArgs(String name, PyObject[] a, dev.pyjama.objects.PyTuple kw) {
        noKw(name, kw);
        if (a.length != 0) throw Errors.typeError(name + "() takes no arguments (" + a.length + " given)");
    }

    static void noKw(String name, dev.pyjama.objects.PyTuple kw) {
        if (kw != null && kw.items.length > 0) throw Errors.typeError(name + "() takes no keyword arguments");
    }

    /** Clinic's positional-only range check: "f expected at most 2 arguments, got 3". */
    static void positional(String name, PyObject[] a, PyTuple kw, int min, int max) {
        noKw(name, kw);
        dev.pyjama.interp.Args.checkPositional(name, a.length, min, max);
    }

    /** A C int/long argument: "'str' object cannot be interpreted as an integer". */
    public static long asLong(PyObject o) {
        if (o instanceof PyFloat) throw Errors.typeError("'float' object cannot be interpreted as an integer");
        PyInt i = (PyInt) Abstract.index(o);
        if (!i.fitsLong()) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C long");
        return i.longValue();
    }

    public static int asInt(PyObject o) {
        long v = asLong(o);
        if (v != (int) v) {
            throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, v > 0 ? "signed integer is greater than maximum"
                    : "signed integer is less than minimum");
        }
        return (int) v;
    }

    /** A float argument: ints and objects with __float__ or __index__. */
    static double asDouble(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return toDouble(i);
        PyObject f = o.type().lookup("__float__");
        if (f != null) {
            PyObject r = Abstract.callMethod(f, o);
            if (r instanceof PyFloat rf) return rf.value;
            throw Errors.typeError(o.typeName() + ".__float__ returned non-float (type " + r.typeName() + ")");
        }
        if (o.type().lookup("__index__") != null) return toDouble((PyInt) Abstract.index(o));
        throw Errors.typeError("must be real number, not " + o.typeName());
    }

    static double toDouble(PyInt i) {
        double d = i.fitsLong() ? (double) i.longValue() : i.bigValue().doubleValue();
        if (Double.isInfinite(d)) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "int too large to convert to float");
        return d;
    }

    /** A path argument as os.fspath gives it: str, bytes, or an object with __fspath__. */
    static PyObject fspath(PyObject p) {
        if (p instanceof PyStr || p instanceof PyBytes) return p;
        PyObject f = p.type().lookup("__fspath__");
        if (f == null) {
            throw Errors.typeError("expected str, bytes or os.PathLike object, not " + p.typeName());
        }
        PyObject r = Abstract.callMethod(f, p);
        if (r instanceof PyStr || r instanceof PyBytes) return r;
        throw Errors.typeError("expected " + p.typeName() + ".__fspath__() to return str or bytes, not " + r.typeName());
    }

    /** A path argument of a posix function, as a Java string (bytes decoded as the file system encoding). */
    static String path(String fname, String argName, PyObject p) {
        if (p instanceof PyStr s) return s.value();
        if (p instanceof PyBytes b) return new String(b.value, StandardCharsets.UTF_8);
        if (p.type().lookup("__fspath__") != null) return path(fname, argName, fspath(p));
        throw Errors.typeError(fname + ": " + argName + " should be string, bytes or os.PathLike, not " + p.typeName());
    }

    // ---- OSError

    /** strerror(errno) as glibc words it. */
    static String strerror(int errno) {
        if (errno >= 0 && errno < ErrnoTable.MESSAGES.length) return ErrnoTable.MESSAGES[errno];
        return "Unknown error " + errno;
    }

    /** OSError(errno, strerror(errno)[, filename]): the constructor picks the subclass (FileNotFoundError...). */
    // CPython: Python/errors.c PyErr_SetFromErrnoWithFilenameObject
    static PyException osError(int errno, PyObject filename) {
        PyObject e = filename == null
                ? Abstract.call(ExceptionTypes.OS_ERROR, PyInt.of(errno), PyStr.of(strerror(errno)))
                : Abstract.call(ExceptionTypes.OS_ERROR, PyInt.of(errno), PyStr.of(strerror(errno)), filename);
        return new PyException((PyBaseException) e);
    }

    static PyObject none() {
        return PyNone.NONE;
    }
}
