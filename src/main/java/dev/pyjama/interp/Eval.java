package dev.pyjama.interp;

import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyObject;

/**
 * The eval loop: runs a frame's code from {@code frame.lasti + 1} until it returns (or, for
 * a generator, yields), and returns the value. Python-to-Python calls recurse (design.md,
 * decision 4). The dispatch method stays under 7,000 bytes of JVM bytecode (a test checks):
 * each case is a line or two; everything else lives in small static helpers.
 */
// CPython: Python/ceval.c _PyEval_EvalFrameDefault, Python/bytecodes.c
public final class Eval {
    private Eval() {}

    public static PyObject run(PyFrame frame) {
        throw Errors.systemError("not implemented yet: the eval loop");
    }
}
