package dev.pyjama.objects;

/**
 * A Java object of a built-in type whose type has a {@code tp_descr_get} slot (functools'
 * partial and _lru_cache_wrapper): found on a class, it is bound through {@link #descrGet}
 * as CPython calls the slot.
 */
// CPython: Include/cpython/object.h tp_descr_get
public interface BuiltinDescriptor {
    /** {@code self.__get__(obj, type)}; obj is null when looked up on the class itself. */
    PyObject descrGet(PyObject obj, PyType type);
}
