package dev.pyjama.modules;

import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyType;

/**
 * {@code memoryview}, so far only the name: the standard library mentions it in annotations
 * and isinstance checks at import time ({@code _collections_abc.Buffer}); creating one
 * raises TypeError until the buffer protocol exists.
 */
// CPython: Objects/memoryobject.c
public final class MemoryViewType {
    private MemoryViewType() {}

    public static final PyType TYPE = PyType.builtin("memoryview", null);

    static {
        TYPE.baseType = false;
        TYPE.disallowInstantiation = true;
    }

    public static void install(PyDict builtins) {
        builtins.put(PyStr.of("memoryview"), TYPE);
    }
}
