package dev.pyjama.objects;

/**
 * A Python exception travelling through Java code. It never fills in a Java stack trace
 * (design.md, decision 6): Python tracebacks are built from interpreter frames.
 *
 * <p>It carries the Python exception object ({@link #value()}). Code that only knows a type
 * name and a message (the front end, the value types) raises with
 * {@code new PyException("TypeError", message)}; the object is then made on first use.
 */
public class PyException extends RuntimeException {
    private final String pyType;
    private PyBaseException value;

    public PyException(String pyType, String message) {
        super(message, null, false, false);
        this.pyType = pyType;
    }

    /** Raises an existing exception object. */
    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.pyType = null;
        this.value = value;
    }

    /** The Python exception object; made from the type name and message when needed. */
    public PyBaseException value() {
        if (value == null) {
            value = PyBaseException.of(ExceptionTypes.byName(pyType), getMessage());
        }
        return value;
    }

    /** The Python exception type's name, e.g. {@code "ValueError"}. */
    public String pyType() {
        return value != null ? value.type().name() : pyType;
    }

    /** The exception's {@code str()} (for exception objects with built-in arguments). */
    public String pyMessage() {
        return value != null ? value.defaultStr() : getMessage();
    }

    /** What Python prints on the last line of a traceback: {@code Type: message}. */
    public String formatExceptionOnly() {
        String m = pyMessage();
        return m == null || m.isEmpty() ? pyType() + "\n" : pyType() + ": " + m + "\n";
    }
}
