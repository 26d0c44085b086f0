package dev.pyjama.compiler;

import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyComplex;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyFrozenSet;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;

/** The truth value of a compile-time constant (the types co_consts can hold). */
// CPython: Objects/object.c PyObject_IsTrue, for the constant types
final class Truth {
    private Truth() {}

    static boolean isTrue(PyObject o) {
        if (o instanceof PyBool b) return b.value;
        if (o instanceof PyNone) return false;
        if (o instanceof PyInt i) return i.signum() != 0;
        if (o instanceof PyFloat f) return f.value != 0.0;
        if (o instanceof PyComplex c) return c.real != 0.0 || c.imag != 0.0;
        if (o instanceof PyStr s) return !s.value().isEmpty();
        if (o instanceof PyBytes b) return b.value.length != 0;
        if (o instanceof PyTuple t) return t.items.length != 0;
        if (o instanceof PyFrozenSet s) return s.size() != 0;
        // Ellipsis, code objects and anything else without __bool__/__len__.
        return true;
    }
}
