package dev.pyjama.code;

import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyComplex;
import dev.pyjama.objects.PyEllipsis;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyFrozenSet;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The identity of a constant as CPython's compiler merges constants: equal keys mean one
 * shared object in the compiled code. Types are kept apart (1, 1.0 and True differ), as are
 * -0.0 and 0.0; tuples and frozensets compare by their items' keys; code objects and NaNs only
 * equal themselves.
 */
// CPython: Objects/codeobject.c _PyCode_ConstantKey
public final class ConstKey {
    private ConstKey() {}

    private record Tagged(String tag, Object value) {}

    /** A key that is equal only to itself. */
    private static final class Identity {
        final Object o;

        Identity(Object o) {
            this.o = o;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Identity && ((Identity) other).o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }

    public static Object of(PyObject v) {
        if (v == PyNone.NONE || v == PyEllipsis.ELLIPSIS) return v;
        if (v instanceof PyInt) return new Tagged("int", v);
        if (v instanceof PyStr) return ofStr((PyStr) v);
        if (v instanceof PyBool) return new Tagged("bool", ((PyBool) v).value);
        if (v instanceof PyBytes) return ofBytes(((PyBytes) v).value);
        if (v instanceof PyFloat) {
            double d = ((PyFloat) v).value;
            return Double.isNaN(d) ? new Identity(v) : new Tagged("float", Double.doubleToRawLongBits(d));
        }
        if (v instanceof PyComplex) {
            PyComplex c = (PyComplex) v;
            if (Double.isNaN(c.real) || Double.isNaN(c.imag)) return new Identity(v);
            return new Tagged("complex", List.of(Double.doubleToRawLongBits(c.real), Double.doubleToRawLongBits(c.imag)));
        }
        if (v instanceof PyTuple) return ofItems(((PyTuple) v).items);
        if (v instanceof PyFrozenSet) {
            Set<Object> keys = new HashSet<>();
            for (PyObject o : ((PyFrozenSet) v).items()) keys.add(of(o));
            return new Tagged("frozenset", keys);
        }
        return new Identity(v);
    }

    /**
     * A str's key: its text, or its code points when it holds surrogates (a Java String
     * cannot tell a surrogate pair from two lone surrogates; Python can).
     */
    public static Object ofStr(PyStr s) {
        String t = s.value();
        for (int i = 0; i < t.length(); i++) {
            if (Character.isSurrogate(t.charAt(i))) {
                return new Tagged("str", java.nio.IntBuffer.wrap(s.codePoints()));
            }
        }
        return ofString(t);
    }

    public static Object ofString(String s) {
        return new Tagged("str", s);
    }

    public static Object ofBytes(byte[] b) {
        return new Tagged("bytes", ByteBuffer.wrap(b.clone()));
    }

    public static Object ofItems(PyObject[] items) {
        List<Object> keys = new ArrayList<>(items.length);
        for (PyObject o : items) keys.add(of(o));
        return new Tagged("tuple", keys);
    }

    /** The key of a tuple of strings (co_names, co_localsplusnames). */
    public static Object ofNames(String[] names) {
        List<Object> keys = new ArrayList<>(names.length);
        for (String s : names) keys.add(ofString(s));
        return new Tagged("tuple", keys);
    }

    /** Whether two constants would be merged into one by CPython's compiler. */
    public static boolean same(PyObject a, PyObject b) {
        return of(a).equals(of(b));
    }
}
