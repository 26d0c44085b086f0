package dev.pyjama;

/**
 * A trace or profile function written in Java ({@link PythonInterpreter#setTrace},
 * {@link PythonInterpreter#setProfile}): CPython's C-level {@code Py_tracefunc}, so it gets
 * every event of the interpreter's main thread without a Python call in between (no
 * {@code f_trace} indirection). It runs on the interpreter's thread while Python waits; an
 * exception it throws uninstalls it and surfaces from the running call.
 */
@FunctionalInterface
public interface TraceListener {
    void event(TraceEvent event);
}
