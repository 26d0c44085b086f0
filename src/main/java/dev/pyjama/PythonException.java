package dev.pyjama;

/**
 * A Python exception that reached Java: raised by code run through {@link PythonInterpreter}
 * (or a {@link PythonObject} call) and not caught in Python. It carries the Python type's name
 * as a traceback shows it ({@code "ValueError"}, {@code "mypkg.errors.Bad"}), the exception's
 * {@code str()} and the whole formatted traceback, so a Java caller can log what Python would
 * have printed. {@link #getMessage()} is the traceback's last line ({@code "ValueError: bad"}).
 *
 * <p>Uncaught {@code SystemExit} arrives here too (type {@code "SystemExit"}); a caller whose
 * thread was interrupted while Python ran gets one of type {@code "KeyboardInterrupt"}.
 */
public class PythonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;
    private final String pythonMessage;
    private final String formattedTraceback;
    private final transient PythonObject value;

    PythonException(String pythonType, String pythonMessage, String formattedTraceback, PythonObject value) {
        super(pythonMessage == null || pythonMessage.isEmpty() ? pythonType : pythonType + ": " + pythonMessage,
                null, false, false);
        this.pythonType = pythonType;
        this.pythonMessage = pythonMessage == null ? "" : pythonMessage;
        this.formattedTraceback = formattedTraceback;
        this.value = value;
    }

    /** The Python type as a traceback names it: {@code "KeyError"}, or {@code "module.Qualname"} outside builtins and {@code __main__}. */
    public String getPythonType() {
        return pythonType;
    }

    /** The exception's {@code str()} (empty when it has none). */
    public String getPythonMessage() {
        return pythonMessage;
    }

    /** What Python prints for it: {@code "Traceback (most recent call last):\n ... ValueError: bad\n"}. */
    public String getFormattedTraceback() {
        return formattedTraceback;
    }

    /** The Python exception object itself (usable while its interpreter is open). */
    public PythonObject getPythonValue() {
        return value;
    }

    /** Whether the Python exception is an instance of the built-in exception named {@code typeName} (or of a subclass). */
    public boolean isInstance(String typeName) {
        return value != null && value.isInstanceOfBuiltin(typeName);
    }
}
