package dev.pyjama.interp;

import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the builtins module's names in the order CPython 3.13 inserts them. The order shows:
 * {@code dir()} sorts, but {@code builtins.__dict__} iterates in it, and the traceback's "Did
 * you mean" keeps the first of equally close names, searching the frame's builtins last, in
 * this order.
 */
// CPython: Python/bltinmodule.c builtin_methods[] and _PyBuiltin_Init (SETBUILTIN), Objects/exceptions.c
// static_exceptions[] (_PyBuiltins_AddExceptions), Modules/_io/_iomodule.c (open, set by pylifecycle.c init_set_builtins_open)
final class BuiltinsOrder {
    private BuiltinsOrder() {}

    private static final String[] ORDER = {
        // the module's own attributes
        "__name__", "__doc__", "__package__", "__loader__", "__spec__",
        // builtin_methods[]
        "__build_class__", "__import__", "abs", "all", "any", "ascii", "bin", "breakpoint", "callable", "chr",
        "compile", "delattr", "dir", "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr", "hash",
        "hex", "id", "input", "isinstance", "issubclass", "iter", "aiter", "len", "locals", "max", "min", "next",
        "anext", "oct", "ord", "pow", "print", "repr", "round", "setattr", "sorted", "sum", "vars",
        // SETBUILTIN in _PyBuiltin_Init
        "None", "Ellipsis", "NotImplemented", "False", "True", "bool", "memoryview", "bytearray", "bytes",
        "classmethod", "complex", "dict", "enumerate", "filter", "float", "frozenset", "property", "int", "list",
        "map", "object", "range", "reversed", "set", "slice", "staticmethod", "str", "super", "tuple", "type",
        "zip", "__debug__",
        // static_exceptions[]
        "BaseException", "BaseExceptionGroup", "Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit",
        "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError",
        "LookupError", "MemoryError", "NameError", "OSError", "ReferenceError", "RuntimeError",
        "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemError", "TypeError", "ValueError", "Warning",
        "FloatingPointError", "OverflowError", "ZeroDivisionError", "BytesWarning", "DeprecationWarning",
        "EncodingWarning", "FutureWarning", "ImportWarning", "PendingDeprecationWarning", "ResourceWarning",
        "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning", "BlockingIOError",
        "ChildProcessError", "ConnectionError", "FileExistsError", "FileNotFoundError", "InterruptedError",
        "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError",
        "IndentationError", "_IncompleteInputError", "IndexError", "KeyError", "ModuleNotFoundError",
        "NotImplementedError", "PythonFinalizationError", "RecursionError", "UnboundLocalError", "UnicodeError",
        "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "TabError",
        "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError", "ExceptionGroup",
        "EnvironmentError", "IOError",
        // the io module's open
        "open",
    };

    /** Reorders {@code builtins} in place: CPython's names in CPython's order, then any others as they were. */
    static void apply(PyDict builtins) {
        List<PyObject> keys = new ArrayList<>(builtins.keys());
        List<PyObject> values = new ArrayList<>(builtins.values());
        PyDict ordered = new PyDict();
        for (String name : ORDER) {
            PyObject v = builtins.get(PyStr.of(name));
            if (v != null) ordered.put(PyStr.of(name), v);
        }
        for (int i = 0; i < keys.size(); i++) {
            if (!ordered.containsKey(keys.get(i))) ordered.put(keys.get(i), values.get(i));
        }
        builtins.clear();
        for (PyObject k : ordered.keys()) builtins.put(k, ordered.get(k));
    }
}
