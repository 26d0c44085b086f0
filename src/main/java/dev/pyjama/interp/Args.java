package dev.pyjama.interp;

import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;

/** Argument checking for functions written in Java, with CPython's messages (Python/getargs.c, Argument Clinic). */
// CPython: Python/getargs.c _PyArg_CheckPositional, _PyArg_UnpackKeywords, _PyArg_NoKeywords
public final class Args {
    private Args() {}

    public static int nkw(PyTuple kw) {
        return kw == null ? 0 : kw.items.length;
    }

    /** "f() takes no keyword arguments" unless there are none. */
    public static void noKw(String fname, PyTuple kw) {
        if (kw != null && kw.items.length > 0) throw Errors.typeError(fname + "() takes no keyword arguments");
    }

    /** Clinic's positional count check: "pop expected at most 1 argument, got 2". */
    public static void checkPositional(String name, int n, int min, int max) {
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
     * Leading names that are empty are positional-only. Missing optional ones are null.
     */
    // CPython: Python/getargs.c _PyArg_UnpackKeywords (minkw = 0)
    public static PyObject[] parse(String fname, PyObject[] args, int from, PyTuple kw, String[] names, int required, int maxPos) {
        int nkw = nkw(kw);
        int nargs = args.length - nkw - from;
        int maxargs = names.length;
        int posonly = 0;
        while (posonly < maxargs && names[posonly].isEmpty()) posonly++;
        int minposonly = Math.min(posonly, required);
        PyObject[] out = new PyObject[maxargs];
        if (nargs + nkw > maxargs) {
            throw Errors.typeError(fname + "() takes at most " + maxargs + " " + (nargs == 0 ? "keyword " : "") + "argument"
                    + (maxargs == 1 ? "" : "s") + " (" + (nargs + nkw) + " given)");
        }
        if (nargs > maxPos) {
            if (maxPos == 0) throw Errors.typeError(fname + "() takes no positional arguments");
            throw Errors.typeError(fname + "() takes " + (required < maxPos ? "at most" : "exactly") + " " + maxPos
                    + " positional argument" + (maxPos == 1 ? "" : "s") + " (" + nargs + " given)");
        }
        if (nargs < minposonly) {
            throw Errors.typeError(fname + "() takes " + (minposonly < maxPos ? "at least" : "exactly") + " " + minposonly
                    + " positional argument" + (minposonly == 1 ? "" : "s") + " (" + nargs + " given)");
        }
        for (int i = 0; i < nargs; i++) out[i] = args[from + i];
        int kwLeft = nkw;
        for (int i = Math.max(nargs, posonly); i < maxargs; i++) {
            PyObject current = null;
            if (kwLeft > 0) current = findKeyword(args, kw, names[i]);
            else if (i >= required) break;
            out[i] = current;
            if (current != null) kwLeft--;
            else if (i < required) {
                throw Errors.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        if (kwLeft > 0) {
            for (int i = posonly; i < nargs; i++) {
                if (findKeyword(args, kw, names[i]) != null) {
                    throw Errors.typeError("argument for " + fname + "() given by name ('" + names[i] + "') and position ("
                            + (i + 1) + ")");
                }
            }
            throw unexpectedKeyword(fname, kw, names, posonly);
        }
        return out;
    }

    private static PyObject findKeyword(PyObject[] args, PyTuple kw, String name) {
        int nkw = kw.items.length;
        for (int k = 0; k < nkw; k++) {
            if (((PyStr) kw.items[k]).value().equals(name)) return args[args.length - nkw + k];
        }
        return null;
    }

    // CPython: Python/getargs.c error_unexpected_keyword_arg
    private static PyException unexpectedKeyword(String fname, PyTuple kw, String[] names, int posonly) {
        java.util.List<String> kwtuple = java.util.Arrays.asList(names).subList(posonly, names.length);
        for (PyObject k : kw.items) {
            String key = ((PyStr) k).value();
            if (!kwtuple.contains(key)) {
                String suggestion = Suggestions.compute(kwtuple, key);
                return Errors.typeError(fname + "() got an unexpected keyword argument '" + key + "'"
                        + (suggestion == null ? "" : ". Did you mean '" + suggestion + "'?"));
            }
        }
        return Errors.typeError("invalid keyword argument for " + fname + "()");
    }

    /** The positional arguments {@code args[from..npos)}. */
    public static PyObject[] positional(PyObject[] args, int from, PyTuple kw) {
        int n = args.length - nkw(kw) - from;
        PyObject[] out = new PyObject[n];
        System.arraycopy(args, from, out, 0, n);
        return out;
    }
}
