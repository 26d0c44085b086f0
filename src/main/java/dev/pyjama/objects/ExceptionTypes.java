package dev.pyjama.objects;

import java.util.HashMap;
import java.util.Map;

/**
 * The built-in exception classes, in CPython 3.13's hierarchy (the tree printed at the end
 * of the {@code exceptions} module documentation), and a lookup by name for the Java code
 * that raises them by name ({@code new PyException("TypeError", message)}).
 */
// CPython: Objects/exceptions.c (the static exception types and their bases)
public final class ExceptionTypes {
    private ExceptionTypes() {}

    private static final Map<String, PyType> BY_NAME = new HashMap<>();

    public static final PyType BASE_EXCEPTION = make("BaseException", null);
    public static final PyType BASE_EXCEPTION_GROUP = make("BaseExceptionGroup", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = make("GeneratorExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = make("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType SYSTEM_EXIT = make("SystemExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = make("Exception", BASE_EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = make("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = make("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = make("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = make("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = make("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = make("AttributeError", EXCEPTION);
    public static final PyType BUFFER_ERROR = make("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = make("EOFError", EXCEPTION);
    public static final PyType EXCEPTION_GROUP = make2("ExceptionGroup", BASE_EXCEPTION_GROUP, EXCEPTION);
    public static final PyType IMPORT_ERROR = make("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = make("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = make("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = make("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = make("KeyError", LOOKUP_ERROR);
    public static final PyType MEMORY_ERROR = make("MemoryError", EXCEPTION);
    public static final PyType NAME_ERROR = make("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = make("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = make("OSError", EXCEPTION);
    public static final PyType BLOCKING_IO_ERROR = make("BlockingIOError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = make("ChildProcessError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = make("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = make("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = make("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = make("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = make("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType FILE_EXISTS_ERROR = make("FileExistsError", OS_ERROR);
    public static final PyType FILE_NOT_FOUND_ERROR = make("FileNotFoundError", OS_ERROR);
    public static final PyType INTERRUPTED_ERROR = make("InterruptedError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = make("IsADirectoryError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = make("NotADirectoryError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = make("PermissionError", OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = make("ProcessLookupError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = make("TimeoutError", OS_ERROR);
    public static final PyType REFERENCE_ERROR = make("ReferenceError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = make("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = make("NotImplementedError", RUNTIME_ERROR);
    public static final PyType PYTHON_FINALIZATION_ERROR = make("PythonFinalizationError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = make("RecursionError", RUNTIME_ERROR);
    public static final PyType STOP_ASYNC_ITERATION = make("StopAsyncIteration", EXCEPTION);
    public static final PyType STOP_ITERATION = make("StopIteration", EXCEPTION);
    public static final PyType SYNTAX_ERROR = make("SyntaxError", EXCEPTION);
    public static final PyType INCOMPLETE_INPUT_ERROR = make("_IncompleteInputError", SYNTAX_ERROR);
    public static final PyType INDENTATION_ERROR = make("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = make("TabError", INDENTATION_ERROR);
    public static final PyType SYSTEM_ERROR = make("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = make("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = make("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = make("UnicodeError", VALUE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = make("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = make("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyType UNICODE_TRANSLATE_ERROR = make("UnicodeTranslateError", UNICODE_ERROR);
    public static final PyType WARNING = make("Warning", EXCEPTION);
    public static final PyType BYTES_WARNING = make("BytesWarning", WARNING);
    public static final PyType DEPRECATION_WARNING = make("DeprecationWarning", WARNING);
    public static final PyType ENCODING_WARNING = make("EncodingWarning", WARNING);
    public static final PyType FUTURE_WARNING = make("FutureWarning", WARNING);
    public static final PyType IMPORT_WARNING = make("ImportWarning", WARNING);
    public static final PyType PENDING_DEPRECATION_WARNING = make("PendingDeprecationWarning", WARNING);
    public static final PyType RESOURCE_WARNING = make("ResourceWarning", WARNING);
    public static final PyType RUNTIME_WARNING = make("RuntimeWarning", WARNING);
    public static final PyType SYNTAX_WARNING = make("SyntaxWarning", WARNING);
    public static final PyType UNICODE_WARNING = make("UnicodeWarning", WARNING);
    public static final PyType USER_WARNING = make("UserWarning", WARNING);

    private static PyType make(String name, PyType base) {
        PyType t = PyType.builtin(name, base);
        BY_NAME.put(name, t);
        return t;
    }

    private static PyType make2(String name, PyType first, PyType second) {
        PyType t = PyType.builtinMulti(name, first, second);
        BY_NAME.put(name, t);
        return t;
    }

    /** The built-in exception class named {@code name} (Exception when there is none such). */
    public static PyType byName(String name) {
        PyType t = BY_NAME.get(name);
        return t != null ? t : EXCEPTION;
    }

    /** Every built-in exception class, for the builtins module. */
    public static Map<String, PyType> all() {
        return BY_NAME;
    }
}
