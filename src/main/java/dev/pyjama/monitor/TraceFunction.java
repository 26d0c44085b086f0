package dev.pyjama.monitor;

import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyObject;

/**
 * A legacy trace or profile function, as CPython's {@code Py_tracefunc}: called with the trace
 * object it was installed with, the frame, the event ({@link Legacy#CALL} ... {@link
 * Legacy#OPCODE}) and its argument (null where CPython passes NULL). It reports an error by
 * throwing a PyException. Python functions given to sys.settrace / sys.setprofile are called
 * through the trampolines {@link Legacy#TRACE_TRAMPOLINE} and {@link Legacy#PROFILE_TRAMPOLINE};
 * Java tools implement this directly.
 */
// CPython: Include/cpython/pystate.h Py_tracefunc
@FunctionalInterface
public interface TraceFunction {
    void call(PyObject traceObj, PyFrame frame, int what, PyObject arg);
}
