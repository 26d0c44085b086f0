package dev.pyjama.objects;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Python exception object: an instance of {@code BaseException} or a subclass. What
 * travels through Java when it is raised is a {@link PyException} that carries it.
 */
// CPython: Objects/exceptions.c PyBaseExceptionObject
public class PyBaseException extends PyObject {
    private PyType type;
    public PyTuple args;
    /** {@code __traceback__}: a PyTraceback or null for None. */
    public PyObject traceback;
    /** {@code __context__} and {@code __cause__}, null for None. */
    public PyBaseException context, cause;
    public boolean suppressContext;
    /** Other attributes ({@code __notes__}, those of subclasses and of Python code). */
    public final Map<String, PyObject> dict = new LinkedHashMap<>();
    /** BaseExceptionGroup's {@code message} and {@code exceptions} (null for other exceptions). */
    public PyObject egMessage;
    public PyTuple egExceptions;

    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    /** An exception of {@code type} with one str argument (none when message is null). */
    public static PyBaseException of(PyType type, String message) {
        return new PyBaseException(type, message == null ? PyTuple.EMPTY : PyTuple.of(PyStr.of(message)));
    }

    @Override
    public PyType type() {
        return type;
    }

    public void setType(PyType type) {
        this.type = type;
    }

    /**
     * {@code str(self)} when the arguments are built-in values: nothing, the one argument's
     * str, or the repr of the tuple. (KeyError shows its one argument's repr.)
     */
    // CPython: Objects/exceptions.c BaseException_str, KeyError_str
    public String defaultStr() {
        if (args.items.length == 0) return "";
        if (args.items.length == 1) {
            PyObject a = args.items[0];
            if (type.isSubtype(ExceptionTypes.KEY_ERROR)) return a.repr();
            return a instanceof PyStr s ? s.value() : a.repr();
        }
        return args.repr();
    }

    // CPython: Objects/exceptions.c BaseException_repr
    @Override
    public String repr() {
        String name = type.name();
        if (args.items.length == 1) return name + "(" + args.items[0].repr() + ")";
        return name + args.repr();
    }
}
