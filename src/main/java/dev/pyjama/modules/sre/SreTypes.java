package dev.pyjama.modules.sre;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyGetSet;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;

/** Small helpers to fill the _sre types' dicts and convert arguments as Argument Clinic does. */
// CPython: Modules/_sre/clinic/sre.c.h (the argument parsing of the methods)
final class SreTypes {
    private SreTypes() {}

    @FunctionalInterface
    interface Body {
        PyObject call(PyObject self, PyObject[] a);
    }

    /** A method whose arguments clinic binds by position or keyword to {@code names}. */
    static void method(PyType t, String name, String[] names, int required, Body body) {
        t.dict.put(name, new PyBuiltinFunction(name, t, null, (args, kw) -> {
            PyObject[] a = Args.parse(name, args, 1, kw, names, required, names.length);
            return body.call(args[0], a);
        }));
    }

    /** A METH_NOARGS method. */
    static void noargs(PyType t, String name, java.util.function.Function<PyObject, PyObject> body) {
        t.dict.put(name, new PyBuiltinFunction(name, t, null, (args, kw) -> {
            if (kw != null && kw.items.length > 0) throw Errors.typeError(t.name() + "." + name + "() takes no keyword arguments");
            if (args.length != 1) {
                throw Errors.typeError(t.name() + "." + name + "() takes no arguments (" + (args.length - 1) + " given)");
            }
            return body.apply(args[0]);
        }));
    }

    /** A method of positional-only arguments, {@code min} to {@code max} of them (missing ones null). */
    static void positional(PyType t, String name, int min, int max, Body body) {
        t.dict.put(name, new PyBuiltinFunction(name, t, null, (args, kw) -> {
            if (kw != null && kw.items.length > 0) throw Errors.typeError(name + "() takes no keyword arguments");
            int n = args.length - 1;
            if (n < min || n > max) {
                if (max == 1 && min == 1) {
                    throw Errors.typeError(t.name() + "." + name + "() takes exactly one argument (" + n + " given)");
                }
                throw Errors.typeError(name + " expected " + (n < min ? (min == max ? "" : "at least ") + min : "at most " + max)
                        + " argument" + ((n < min ? min : max) == 1 ? "" : "s") + ", got " + n);
            }
            PyObject[] a = new PyObject[max];
            System.arraycopy(args, 1, a, 0, n);
            return body.call(args[0], a);
        }));
    }

    /** A slot wrapper ({@code __repr__}, {@code __eq__}, {@code __getitem__}...): exactly {@code n} arguments. */
    static void slot(PyType t, String name, int n, Body body) {
        t.dict.put(name, new PyBuiltinFunction(name, t, null, (args, kw) -> {
            if (kw != null && kw.items.length > 0) throw Errors.typeError(name + "() takes no keyword arguments");
            if (args.length - 1 != n) {
                throw Errors.typeError("expected " + n + " argument" + (n == 1 ? "" : "s") + ", got " + (args.length - 1));
            }
            PyObject[] a = new PyObject[n];
            System.arraycopy(args, 1, a, 0, n);
            return body.call(args[0], a);
        }, true));
    }

    static void getter(PyType t, String name, PyGetSet.Getter g) {
        t.dict.put(name, new PyGetSet(name, t, g, null));
    }

    /** Clinic's Py_ssize_t converter (an absent argument is {@code dflt}). */
    static long ssize(PyObject o, long dflt) {
        if (o == null) return dflt;
        PyInt i = (PyInt) Abstract.index(o);
        if (!i.fitsLong()) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        return i.longValue();
    }

    /** Clinic's int converter. */
    static int cInt(PyObject o) {
        if (o instanceof dev.pyjama.objects.PyFloat) throw Errors.typeError("'float' object cannot be interpreted as an integer");
        PyInt i = (PyInt) Abstract.index(o);
        if (!i.fitsLong() || i.longValue() != (int) i.longValue()) {
            throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    static PyTuple pair(long a, long b) {
        return PyTuple.of(PyInt.of(a), PyInt.of(b));
    }
}
