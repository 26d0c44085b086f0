package dev.pyjama.objects;

/**
 * A Python exception travelling through Java code. It never fills in a Java stack trace
 * (design.md, decision 6): Python tracebacks are built from interpreter frames. Until the
 * virtual machine has exception objects, it carries the Python type name and message.
 */
public class PyException extends RuntimeException {
    private final String pyType;

    public PyException(String pyType, String message) {
        super(message, null, false, false);
        this.pyType = pyType;
    }

    /** The Python exception type's name, e.g. {@code "ValueError"}. */
    public String pyType() {
        return pyType;
    }

    /** The exception's {@code str()}. */
    public String pyMessage() {
        return getMessage();
    }

    /** What Python prints on the last line of a traceback: {@code Type: message}. */
    public String formatExceptionOnly() {
        String m = pyMessage();
        return m == null || m.isEmpty() ? pyType + "\n" : pyType + ": " + m + "\n";
    }
}
