package dev.pyjama.interp;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PySet;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * The CALL instruction's shortcuts for Java code called with positional arguments only, taken
 * straight from the caller's value stack: a built-in function or method descriptor with a
 * one-, two- or three-argument entry ({@link PyBuiltinFunction#fast1}, {@code fast2}, {@code fast3}),
 * and {@code int(x)}, {@code str(x)}, {@code float(x)}, {@code type(x)}, {@code list/tuple/set(x)}
 * and {@code list/dict/set/tuple()} of the built-in types themselves, and exception classes with BaseException's {@code __new__}/{@code __init__}. No argument array, no bound-method object, no {@code __new__}/{@code __init__}
 * lookups. Anything else, and every call that would raise an argument or descriptor error,
 * answers {@link Calls#NOT_SIMPLE} and takes the general path, which reports the errors.
 *
 * <p>Tracing is unaffected: a CALL that sys.monitoring or sys.setprofile watches is
 * INSTRUMENTED_CALL, which fires CALL / C_RETURN / C_RAISE around {@link EvalHelpers#call}
 * and so around this shortcut too.
 */
// CPython: Python/bytecodes.c CALL_BUILTIN_O, CALL_METHOD_DESCRIPTOR_NOARGS, CALL_METHOD_DESCRIPTOR_O,
// CALL_LEN, CALL_ISINSTANCE, CALL_STR_1, CALL_TYPE_1; Objects/longobject.c long_vectorcall,
// Objects/floatobject.c float_vectorcall
final class BuiltinCalls {
    private BuiltinCalls() {}

    /** {@code callable(self?, *s[from:from+n])}, or NOT_SIMPLE when no shortcut applies. */
    static PyObject call(PyObject callable, PyObject self, PyObject[] s, int from, int n) {
        if (callable instanceof PyBuiltinFunction b) return builtin(b, self, s, from, n);
        if (self == null && callable instanceof PyType t) {
            PyObject r = n == 1 ? typeCall1(t, s[from]) : n == 0 ? typeCall0(t) : Calls.NOT_SIMPLE;
            return r != Calls.NOT_SIMPLE ? r : exception(t, s, from, n);
        }
        return Calls.NOT_SIMPLE;
    }

    /**
     * {@code E(*args)} for an exception class that keeps BaseException's {@code __new__} and
     * {@code __init__} (most built-in ones and user classes that define neither): what the two
     * would do, without looking them up and calling them through argument arrays.
     */
    // CPython: Objects/exceptions.c BaseException_vectorcall
    private static PyObject exception(PyType t, PyObject[] s, int from, int n) {
        if (t.type() != PyType.TYPE) return Calls.NOT_SIMPLE; // a metaclass may define __call__
        PyType base = ExceptionTypes.BASE_EXCEPTION;
        if (!t.isSubtype(base)) return Calls.NOT_SIMPLE; // every other class call: no name lookups
        // the two lookups kept per class version (type_call's cache): a raise no longer walks the MRO four times
        Types.CallCache cc = Types.callCache(t), bc = Types.callCache(base);
        if (cc.newMethod != bc.newMethod || cc.init != bc.init) return Calls.NOT_SIMPLE;
        PyBaseException ex = new PyBaseException(t, n == 0 ? PyTuple.EMPTY : new PyTuple(Arrays.copyOfRange(s, from, from + n)));
        ExceptionMethods.initFields(ex);
        return ex;
    }

    private static PyObject builtin(PyBuiltinFunction b, PyObject self, PyObject[] s, int from, int n) {
        PyBuiltinFunction.Fast1 f1 = b.fast1;
        PyBuiltinFunction.Fast2 f2 = b.fast2;
        PyBuiltinFunction.Fast3 f3 = b.fast3;
        if (f1 == null && f2 == null && f3 == null) return Calls.NOT_SIMPLE;
        PyObject bound = b.self;
        // as PyBuiltinFunction.call: a module's function does not take its module as an argument
        boolean prepend = bound != null && (b.owner != null || !(bound instanceof PyModule));
        int lead = (self != null ? 1 : 0) + (prepend ? 1 : 0);
        int count = n + lead;
        if (count == 0 || count > 3) return Calls.NOT_SIMPLE;
        // the arguments in order: the bound object, the stacked self, then s[from:from+n]
        PyObject a0, a1 = null, a2 = null;
        if (lead == 2) {
            a0 = bound;
            a1 = self;
            if (count == 3) a2 = s[from];
        } else if (lead == 1) {
            a0 = prepend ? bound : self;
            if (count >= 2) a1 = s[from];
            if (count == 3) a2 = s[from + 1];
        } else {
            a0 = s[from];
            if (count >= 2) a1 = s[from + 1];
            if (count == 3) a2 = s[from + 2];
        }
        PyType owner = b.owner;
        if (owner != null && !prepend) {
            // an unbound method descriptor: its first argument must be an instance (descr_check)
            PyType at = a0.type();
            if (at != owner && !at.isSubtype(owner)) return Calls.NOT_SIMPLE;
        }
        switch (count) {
            case 1:
                return f1 != null ? f1.call(a0) : Calls.NOT_SIMPLE;
            case 2:
                return f2 != null ? f2.call(a0, a1) : Calls.NOT_SIMPLE;
            default:
                return f3 != null ? f3.call(a0, a1, a2) : Calls.NOT_SIMPLE;
        }
    }

    /**
     * {@code t(x)} for the built-in types whose one-argument call is a conversion: what their
     * vectorcall does (int: PyNumber_Long, str: PyObject_Str, float: PyNumber_Float, type: the
     * type of x). Their metatype is type and their {@code __new__} cannot be replaced.
     */
    private static PyObject typeCall1(PyType t, PyObject x) {
        if (t == PyInt.TYPE) return NumberMethods.intNew(x, null);
        if (t == PyStr.TYPE) return Abstract.str(x);
        if (t == PyFloat.TYPE) return NumberMethods.floatNew(x);
        if (t == PyType.TYPE) return x.type();
        // the containers: what their __new__ then __init__ make of one iterable
        if (t == PyList.TYPE) return new PyList(new ArrayList<>(Abstract.toList(x)));
        if (t == PyTuple.TYPE) return x.getClass() == PyTuple.class ? x : PyTuple.of(Abstract.toList(x).toArray(new PyObject[0]));
        if (t == PySet.TYPE) return new PySet(SetMethods.tableOf(x));
        return Calls.NOT_SIMPLE;
    }

    /** {@code list()}, {@code dict()}, {@code set()}, {@code tuple()}: a new empty one. */
    private static PyObject typeCall0(PyType t) {
        if (t == PyList.TYPE) return new PyList(new ArrayList<>());
        if (t == PyDict.TYPE) return new PyDict();
        if (t == PySet.TYPE) return new PySet();
        if (t == PyTuple.TYPE) return PyTuple.EMPTY;
        return Calls.NOT_SIMPLE;
    }
}
