package dev.pyjama.modules;

import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyType;

/**
 * Builtins that live outside the interpreter's core: {@code __import__}, {@code open} and
 * {@code memoryview} (the type is here; {@link MemoryView} is the object and its methods).
 */
// CPython: Objects/memoryobject.c, Python/bltinmodule.c builtin___import__
public final class BuiltinsExtras {
    private BuiltinsExtras() {}

    public static final PyType TYPE = PyType.builtin("memoryview", null);

    static {
        TYPE.baseType = false;
    }

    /** builtins.open until {@code _io} is imported (which puts its own open there): imports it and calls its open. */
    static final dev.pyjama.objects.PyBuiltinFunction LAZY_OPEN =
            new dev.pyjama.objects.PyBuiltinFunction("open", null, null, BuiltinsExtras::open);

    /** builtins.open is io.open: the first call imports {@code _io} (its classes are Python code today). */
    // CPython: Modules/_io/_iomodule.c _io_open (builtins.open is the same object)
    private static dev.pyjama.objects.PyObject open(dev.pyjama.objects.PyObject[] args, dev.pyjama.objects.PyTuple kw) {
        dev.pyjama.objects.PyModule io = dev.pyjama.interp.Importer.importModule("_io");
        return dev.pyjama.interp.Abstract.call(io.dict.get(PyStr.of("open")), args, kw);
    }

    public static void install(PyDict builtins) {
        MemoryView.install();
        builtins.put(PyStr.of("memoryview"), TYPE);
        builtins.put(PyStr.of("open"), LAZY_OPEN);
        dev.pyjama.interp.DebugApis.installBuiltins(builtins);
        builtins.put(PyStr.of("__import__"), dev.pyjama.interp.Importer.IMPORT_FUNCTION);
    }
}
