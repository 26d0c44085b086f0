package dev.pyjama.interp;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;

/**
 * {@code type.__flags__} with CPython's bit values, derived from what pyjama knows of a type.
 * Code reads a few of them (inspect.isabstract reads IS_ABSTRACT, pytest collects through it);
 * the layout bits CPython sets for its C structs (GC, vectorcall, inline values) are approximated.
 */
// CPython: Include/object.h Py_TPFLAGS_*, Objects/typeobject.c type_get_flags, type_set_abstractmethods
final class TypeFlags {
    private TypeFlags() {}

    static final long MANAGED_WEAKREF = 1L << 3, MANAGED_DICT = 1L << 4, SEQUENCE = 1L << 5, MAPPING = 1L << 6,
            DISALLOW_INSTANTIATION = 1L << 7, IMMUTABLETYPE = 1L << 8, HEAPTYPE = 1L << 9, BASETYPE = 1L << 10,
            READY = 1L << 12, HAVE_GC = 1L << 14, IS_ABSTRACT = 1L << 20, LONG_SUBCLASS = 1L << 24,
            LIST_SUBCLASS = 1L << 25, TUPLE_SUBCLASS = 1L << 26, BYTES_SUBCLASS = 1L << 27,
            UNICODE_SUBCLASS = 1L << 28, DICT_SUBCLASS = 1L << 29, BASE_EXC_SUBCLASS = 1L << 30,
            TYPE_SUBCLASS = 1L << 31;

    static long of(PyType t) {
        long f = READY;
        if (t.heap) {
            f |= HEAPTYPE | HAVE_GC;
            if (t.instanceDict) f |= MANAGED_DICT;
        } else {
            f |= IMMUTABLETYPE;
        }
        if (t.baseType) f |= BASETYPE;
        if (t.disallowInstantiation) f |= DISALLOW_INSTANTIATION;
        f |= t.abcCollectionFlag & (SEQUENCE | MAPPING);
        // a type is abstract while its __abstractmethods__ (set by abc) is non-empty
        PyObject abs = t.heap ? t.dict.get("__abstractmethods__") : null; // type itself holds the getset
        if (abs != null && Abstract.isTrue(abs)) f |= IS_ABSTRACT;
        if (t.isSubtype(PyInt.TYPE)) f |= LONG_SUBCLASS;
        if (t.isSubtype(PyList.TYPE)) f |= LIST_SUBCLASS;
        if (t.isSubtype(PyTuple.TYPE)) f |= TUPLE_SUBCLASS;
        if (t.isSubtype(PyBytes.TYPE)) f |= BYTES_SUBCLASS;
        if (t.isSubtype(PyStr.TYPE)) f |= UNICODE_SUBCLASS;
        if (t.isSubtype(PyDict.TYPE)) f |= DICT_SUBCLASS;
        if (t.isSubtype(ExceptionTypes.BASE_EXCEPTION)) f |= BASE_EXC_SUBCLASS;
        if (t.isSubtype(PyType.TYPE)) f |= TYPE_SUBCLASS;
        return f;
    }
}
