package dev.pyjama.interp;

import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyTuple;

/**
 * Calling: dispatch on the kind of callable (Python function, Java function, bound method,
 * class, object with {@code __call__}) and, for Python functions, binding the arguments to
 * the parameters with CPython's error messages, then running the code in a new frame.
 */
// CPython: Objects/call.c, Python/ceval.c initialize_locals
public final class Calls {
    private Calls() {}

    /** See {@link Abstract#call}. */
    public static PyObject call(PyObject callable, PyObject[] args, PyTuple kwnames) {
        throw Errors.systemError("not implemented yet: call");
    }
}
