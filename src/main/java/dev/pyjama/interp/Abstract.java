package dev.pyjama.interp;

import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;

/**
 * CPython's abstract object layer: every operation the eval loop performs on values. Each
 * takes a fast path for the built-in types first ({@code instanceof} on the final value
 * classes: one check, no dictionary lookup) and otherwise follows CPython's protocol, finding
 * special methods on the operands' types ({@code PyType.lookup}) so that classes defined in
 * Python, and subclasses of built-in types, behave as in CPython. Errors are raised as
 * {@link dev.pyjama.objects.PyException} with CPython's types and messages.
 *
 * <p>The value returned for "no value" is Java {@code null} only where documented (the
 * end of an iteration, a missing attribute in {@link #lookupAttr}).
 */
// CPython: Objects/abstract.c, Objects/object.c
public final class Abstract {
    private Abstract() {}

    private static RuntimeException todo(String what) {
        return Errors.systemError("not implemented yet: " + what);
    }

    // ---- attributes (Objects/object.c PyObject_GetAttr, PyObject_GenericGetAttr, type_getattro)

    /** {@code o.name}; AttributeError when missing. */
    public static PyObject getattr(PyObject o, PyStr name) {
        throw todo("getattr");
    }

    /** {@code o.name}, or null when it is missing (AttributeError swallowed, as _PyObject_LookupAttr). */
    public static PyObject lookupAttr(PyObject o, PyStr name) {
        throw todo("lookupAttr");
    }

    /**
     * The LOAD_ATTR method form: when {@code o.name} is a plain function found on the type
     * (which would be bound to {@code o}), returns it unbound and sets {@code out[0] = o};
     * otherwise returns {@code o.name} and leaves {@code out[0]} null.
     */
    // CPython: Objects/object.c _PyObject_GetMethod
    public static PyObject getMethod(PyObject o, PyStr name, PyObject[] out) {
        throw todo("getMethod");
    }

    /** {@code o.name = value}, or {@code del o.name} when value is null. */
    public static void setattr(PyObject o, PyStr name, PyObject value) {
        throw todo("setattr");
    }

    // ---- conversions to text and truth

    /** {@code repr(o)}. */
    public static PyStr repr(PyObject o) {
        throw todo("repr");
    }

    /** {@code str(o)}. */
    public static PyStr str(PyObject o) {
        throw todo("str");
    }

    /** {@code format(o, spec)} (FORMAT_SIMPLE / FORMAT_WITH_SPEC). */
    public static PyStr format(PyObject o, PyStr spec) {
        throw todo("format");
    }

    /** {@code bool(o)}. */
    public static boolean isTrue(PyObject o) {
        throw todo("isTrue");
    }

    /** {@code hash(o)}. */
    public static long hash(PyObject o) {
        throw todo("hash");
    }

    // ---- operators

    /** A BINARY_OP: {@code op} is the oparg, an {@code Opcode.NB_*} value (in-place forms included). */
    public static PyObject binaryOp(int op, PyObject a, PyObject b) {
        throw todo("binaryOp");
    }

    /** {@code -o}, {@code +o}, {@code ~o}. */
    public static PyObject negative(PyObject o) {
        throw todo("negative");
    }

    public static PyObject positive(PyObject o) {
        throw todo("positive");
    }

    public static PyObject invert(PyObject o) {
        throw todo("invert");
    }

    /** A rich comparison; {@code op} is CPython's Py_LT (0), Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE (5). */
    public static PyObject richCompare(PyObject a, PyObject b, int op) {
        throw todo("richCompare");
    }

    /** {@code bool(a op b)}, with the identity shortcut of PyObject_RichCompareBool for == and !=. */
    public static boolean richCompareBool(PyObject a, PyObject b, int op) {
        throw todo("richCompareBool");
    }

    /** {@code item in container}. */
    public static boolean contains(PyObject container, PyObject item) {
        throw todo("contains");
    }

    // ---- containers

    public static PyObject getitem(PyObject o, PyObject key) {
        throw todo("getitem");
    }

    public static void setitem(PyObject o, PyObject key, PyObject value) {
        throw todo("setitem");
    }

    public static void delitem(PyObject o, PyObject key) {
        throw todo("delitem");
    }

    /** {@code len(o)}. */
    public static long len(PyObject o) {
        throw todo("len");
    }

    /** {@code iter(o)}. */
    public static PyObject iter(PyObject o) {
        throw todo("iter");
    }

    /** {@code next(it)}, or null when the iterator is exhausted (no StopIteration is made). */
    public static PyObject next(PyObject it) {
        throw todo("next");
    }

    /** {@code o.__index__()} as an int (for slices, sequence repetition, range...). */
    public static PyObject index(PyObject o) {
        throw todo("index");
    }

    // ---- calls

    /**
     * {@code callable(*args)}: {@code args} holds the positional arguments, then the values of
     * the keyword arguments whose names are in {@code kwnames} (null when there are none), as
     * CPython's vectorcall passes them.
     */
    public static PyObject call(PyObject callable, PyObject[] args, PyTuple kwnames) {
        return Calls.call(callable, args, kwnames);
    }

    /** {@code isinstance(o, cls)} for a class (tuples and __instancecheck__ included). */
    public static boolean isInstance(PyObject o, PyObject cls) {
        throw todo("isInstance");
    }
}
