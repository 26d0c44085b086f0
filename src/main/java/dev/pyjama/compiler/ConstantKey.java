package dev.pyjama.compiler;

import dev.pyjama.code.PyCode;
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
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The identity of a constant for the compiler: two constants share a slot in co_consts
 * exactly when their keys are equal. Stricter than Python's {@code ==}: 0, 0.0, -0.0, False
 * and 0j are all different, and so are (0,) and (0.0,); a NaN equals only itself; code
 * objects compare field by field as CPython's {@code code_richcompare} does.
 *
 * <p>CPython builds these keys as tuples ({@code (type, value)}, ...); here the key keeps
 * the value and compares according to its kind. {@link #value()} is what CPython finds in
 * a key tuple's second item (the constant itself otherwise).
 */
// CPython: Objects/codeobject.c _PyCode_ConstantKey
public final class ConstantKey {
    private static final int IDENTITY = 0, INT = 1, STR = 2, CODE = 3, BOOL = 4, BYTES = 5, FLOAT = 6,
            COMPLEX = 7, TUPLE = 8, FROZENSET = 9;

    private final int kind;
    private PyObject value;
    /** The keys of a tuple's or frozenset's items. */
    private final ConstantKey[] items;
    private final int hash;
    private Set<ConstantKey> itemSet;

    private ConstantKey(int kind, PyObject value, ConstantKey[] items, int hash) {
        this.kind = kind;
        this.value = value;
        this.items = items;
        this.hash = hash;
    }

    /** The constant this key stands for. */
    public PyObject value() {
        return value;
    }

    /** Replaces the frozenset in the key by its merged copy (see ConstCache). */
    void replaceValue(PyObject v) {
        value = v;
    }

    ConstantKey[] items() {
        return items;
    }

    public static ConstantKey of(PyObject op) {
        if (op instanceof PyNone || op instanceof PyEllipsis) {
            return new ConstantKey(IDENTITY, op, null, System.identityHashCode(op));
        }
        if (op instanceof PyInt i) {
            return new ConstantKey(INT, op, null, i.hashCode());
        }
        if (op instanceof PyStr s) {
            return new ConstantKey(STR, op, null, s.value().hashCode());
        }
        if (op instanceof PyCode c) {
            return new ConstantKey(CODE, op, null, codeHash(c));
        }
        if (op instanceof PyBool b) {
            return new ConstantKey(BOOL, op, null, b.value ? 1231 : 1237);
        }
        if (op instanceof PyBytes b) {
            return new ConstantKey(BYTES, op, null, Arrays.hashCode(b.value) * 31 + 7);
        }
        if (op instanceof PyFloat f) {
            return new ConstantKey(FLOAT, op, null, doubleHash(op, f.value));
        }
        if (op instanceof PyComplex c) {
            return new ConstantKey(COMPLEX, op, null, doubleHash(op, c.real) * 31 + doubleHash(op, c.imag));
        }
        if (op instanceof PyTuple t) {
            ConstantKey[] keys = new ConstantKey[t.items.length];
            int h = 17;
            for (int i = 0; i < keys.length; i++) {
                keys[i] = of(t.items[i]);
                h = h * 31 + keys[i].hash;
            }
            return new ConstantKey(TUPLE, op, keys, h);
        }
        if (op instanceof PyFrozenSet s) {
            ConstantKey[] keys = new ConstantKey[s.items().length];
            int h = 0x5e7;
            for (int i = 0; i < keys.length; i++) {
                keys[i] = of(s.items()[i]);
                h += keys[i].hash;
            }
            return new ConstantKey(FROZENSET, op, keys, h);
        }
        return new ConstantKey(IDENTITY, op, null, System.identityHashCode(op));
    }

    /** A key equal only to itself: for constant lists that must not be merged (test hooks). */
    public static ConstantKey identity(PyObject op) {
        return new ConstantKey(IDENTITY, op, null, System.identityHashCode(op));
    }

    private static int doubleHash(PyObject owner, double d) {
        // A NaN equals only itself, so it hashes by identity.
        return Double.isNaN(d) ? System.identityHashCode(owner) : Double.hashCode(d);
    }

    /**
     * Covers the constants too, as code_hash does: nested functions whose bodies look alike
     * (lambda: lambda: ...) must not all collide, or merging them compares every pair deeply.
     */
    // CPython: Objects/codeobject.c code_hash
    private static int codeHash(PyCode c) {
        int h = (c.name.hashCode() * 31 + c.firstlineno) * 31 + Arrays.hashCode(c.code);
        return h * 31 + of(PyTuple.of(c.consts)).hash;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof ConstantKey other) || other.kind != kind || other.hash != hash) return false;
        if (value == other.value) return true;
        switch (kind) {
            case INT:
                return value.equals(other.value);
            case STR:
                return strEquals((PyStr) value, (PyStr) other.value);
            case CODE:
                return codeEquals((PyCode) value, (PyCode) other.value);
            case BOOL:
                return ((PyBool) value).value == ((PyBool) other.value).value;
            case BYTES:
                return Arrays.equals(((PyBytes) value).value, ((PyBytes) other.value).value);
            case FLOAT:
                return sameDouble(((PyFloat) value).value, ((PyFloat) other.value).value);
            case COMPLEX: {
                PyComplex a = (PyComplex) value, b = (PyComplex) other.value;
                return sameDouble(a.real, b.real) && sameDouble(a.imag, b.imag);
            }
            case TUPLE:
                return Arrays.equals(items, other.items);
            case FROZENSET:
                return items.length == other.items.length && itemSet().equals(other.itemSet());
            default:
                return false;
        }
    }

    private Set<ConstantKey> itemSet() {
        if (itemSet == null) itemSet = new HashSet<>(Arrays.asList(items));
        return itemSet;
    }

    /**
     * Float parts are equal when numerically equal and both or neither a negative zero
     * (CPython tags -0.0 in the key). NaN never compares equal (the identical-object case
     * is decided before).
     */
    private static boolean sameDouble(double a, double b) {
        return a == b && (Double.doubleToRawLongBits(a) < 0) == (Double.doubleToRawLongBits(b) < 0);
    }

    /** str equality by code points (a Java String cannot tell a surrogate pair from one character). */
    static boolean strEquals(PyStr a, PyStr b) {
        if (!a.value().equals(b.value())) return false;
        String s = a.value();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return Arrays.equals(a.codePoints(), b.codePoints());
            }
        }
        return true;
    }

    // CPython: Objects/codeobject.c code_richcompare (filename and qualname are not compared)
    private static boolean codeEquals(PyCode a, PyCode b) {
        return a.name.equals(b.name)
                && a.argcount == b.argcount
                && a.posonlyargcount == b.posonlyargcount
                && a.kwonlyargcount == b.kwonlyargcount
                && a.flags == b.flags
                && a.firstlineno == b.firstlineno
                && Arrays.equals(a.code, b.code)
                && of(PyTuple.of(a.consts)).equals(of(PyTuple.of(b.consts)))
                && Arrays.equals(a.names, b.names)
                && Arrays.equals(a.localsplusnames, b.localsplusnames)
                && Arrays.equals(a.linetable, b.linetable)
                && Arrays.equals(a.exceptiontable, b.exceptiontable);
    }
}
