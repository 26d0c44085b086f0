package dev.pyjama.modules;

import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyType;

/**
 * Builtins that live outside the interpreter's core: {@code __import__}, and {@code memoryview},
 * so far only the name: the standard library mentions it in annotations
 * and isinstance checks at import time ({@code _collections_abc.Buffer}); creating one
 * raises TypeError until the buffer protocol exists.
 */
// CPython: Objects/memoryobject.c, Python/bltinmodule.c builtin___import__
public final class BuiltinsExtras {
    private BuiltinsExtras() {}

    public static final PyType TYPE = PyType.builtin("memoryview", null);

    static {
        TYPE.baseType = false;
        TYPE.disallowInstantiation = true;
    }

    public static void install(PyDict builtins) {
        builtins.put(PyStr.of("memoryview"), TYPE);
        builtins.put(PyStr.of("open"), OpenFiles.function());
        builtins.put(PyStr.of("__import__"), new dev.pyjama.objects.PyBuiltinFunction("__import__", null, null,
                dev.pyjama.interp.Importer::builtinImport));
    }
}
