package dev.pyjama.interp;

import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;

/** Argument checking for functions written in Java, with CPython's messages (Python/getargs.c, Argument Clinic). */
// CPython: Python/getargs.c _PyArg_CheckPositional, _PyArg_UnpackKeywords, _PyArg_NoKeywords
final class Args {
    private Args() {}

    static int nkw(PyTuple kw) {
        return kw == null ? 0 : kw.items.length;
    }

    /** "f() takes no keyword arguments" unless there are none. */
    static void noKw(String fname, PyTuple kw) {
        if (kw != null && kw.items.length > 0) throw Errors.typeError(fname + "() takes no keyword arguments");
    }

    /** Clinic's positional count check: "pop expected at most 1 argument, got 2". */
    static void checkPositional(String name, int n, int min, int max) {
        if (n < min) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at least ") + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at most ") + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    /**
     * Binds positional arguments {@code args[from..npos)} and keywords to {@code names}: the
     * first {@code maxPos} may come by position, the first {@code required} must be given.
     * Missing optional ones are null.
     */
    // CPython: Python/getargs.c _PyArg_UnpackKeywords
    static PyObject[] parse(String fname, PyObject[] args, int from, PyTuple kw, String[] names, int required, int maxPos) {
        int nkw = nkw(kw);
        int npos = args.length - nkw - from;
        PyObject[] out = new PyObject[names.length];
        if (npos + nkw > names.length) {
            throw Errors.typeError(fname + "() takes " + (required < names.length ? "at most" : "exactly") + " " + names.length
                    + " argument" + (names.length == 1 ? "" : "s") + " (" + (npos + nkw) + " given)");
        }
        if (npos > maxPos) {
            if (maxPos == 0) throw Errors.typeError(fname + "() takes no positional arguments");
            throw Errors.typeError(fname + "() takes " + (required < maxPos ? "at most" : "exactly") + " " + maxPos
                    + " positional argument" + (maxPos == 1 ? "" : "s") + " (" + npos + " given)");
        }
        for (int i = 0; i < npos; i++) out[i] = args[from + i];
        for (int k = 0; k < nkw; k++) {
            String name = ((PyStr) kw.items[k]).value;
            int idx = -1;
            for (int j = 0; j < names.length; j++) {
                if (names[j].equals(name)) {
                    idx = j;
                    break;
                }
            }
            if (idx < 0 || names[idx].isEmpty()) {
                throw Errors.typeError("'" + name + "' is an invalid keyword argument for " + fname + "()");
            }
            if (out[idx] != null) {
                throw Errors.typeError("argument for " + fname + "() given by name ('" + name + "') and position (" + (idx + 1) + ")");
            }
            out[idx] = args[args.length - nkw + k];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                if (npos < required && nkw == 0) {
                    throw Errors.typeError(fname + "() takes " + (required < maxPos ? "at least" : "exactly") + " " + required
                            + " positional argument" + (required == 1 ? "" : "s") + " (" + npos + " given)");
                }
                throw Errors.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }

    /** The positional arguments {@code args[from..npos)}. */
    static PyObject[] positional(PyObject[] args, int from, PyTuple kw) {
        int n = args.length - nkw(kw) - from;
        PyObject[] out = new PyObject[n];
        System.arraycopy(args, from, out, 0, n);
        return out;
    }
}
