package dev.pyjama.monitor;

import dev.pyjama.code.Opcode;
import dev.pyjama.code.PyCode;
import dev.pyjama.interp.Calls;
import dev.pyjama.interp.Eval;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyFunction;
import dev.pyjama.objects.PyObject;

/**
 * The Python call of a trace or profile function per event (the trampolines of {@link
 * Legacy}), reusing one frame per thread and trampoline when the function cannot let its frame
 * escape. Frames are heap objects here (CPython's live on its data stack), so a traced run
 * made a new frame per event; a trace function that returns itself, or a profiler that does
 * nothing, now runs in the same frame object every time.
 *
 * <p>A frame is given back for reuse only when the call returned normally (an exception's
 * traceback refers to it) and the function's code is "closed" ({@link #closed}): plain
 * positional parameters, no cells, no exception handlers, no generator, and only instructions
 * that run no other Python code and make no frame visible (load and store locals, constants
 * and globals from exact dicts, pop, return). So nothing can have taken the frame (no
 * sys._getframe, no traceback, no locals proxy, no callee whose f_back it would be); another
 * thread, a signal handler or a pending call only runs at an eval-breaker check ({@code
 * Gil.handleEvalBreaker}), which marks the moment ({@link PyFrame#handedOut}, as do {@code
 * sys._current_frames} and {@code gc.get_referrers}): a frame in use then is not reused. The frame
 * is emptied as soon as the call returns (its locals, the traced frame and the event's
 * argument are not kept alive by the spare).
 */
// CPython: Python/sysmodule.c call_trampoline (the frame lives on the data stack, popped on return)
final class CallbackFrames {
    private CallbackFrames() {}

    private static final int RESUME = Opcode.byName("RESUME"), LOAD_FAST = Opcode.byName("LOAD_FAST"),
            LOAD_FAST_LOAD_FAST = Opcode.byName("LOAD_FAST_LOAD_FAST"), LOAD_CONST = Opcode.byName("LOAD_CONST"),
            LOAD_GLOBAL = Opcode.byName("LOAD_GLOBAL"), STORE_FAST = Opcode.byName("STORE_FAST"),
            POP_TOP = Opcode.byName("POP_TOP"), NOP = Opcode.byName("NOP"), RETURN_VALUE = Opcode.byName("RETURN_VALUE"),
            RETURN_CONST = Opcode.byName("RETURN_CONST");

    /** The last code found not closed: asked once per code object in a row, not once per event. */
    private static volatile PyCode lastOpen;

    /** {@code fn(a, b, c)} for a trampoline whose spare frame is {@code t.spare[slot]}. */
    static PyObject call(Legacy.ThreadTrace t, int slot, PyObject callable, PyObject a, PyObject b, PyObject c) {
        if (!(callable instanceof PyFunction fn) || fn.code == lastOpen) return Calls.call3(callable, a, b, c);
        PyFrame frame = t.spare[slot];
        if (frame == null || frame.function != fn || frame.code != fn.code) {
            if (!closed(fn)) {
                lastOpen = fn.code;
                return Calls.call3(callable, a, b, c);
            }
            frame = new PyFrame(fn.code, fn.globals, fn.builtins, null, fn);
        }
        t.spare[slot] = null; // a nested call of the same trampoline makes its own
        PyObject[] l = frame.localsplus;
        l[0] = a;
        l[1] = b;
        l[2] = c;
        int mark = PyFrame.handedOut;
        PyObject r = dev.pyjama.interp.CallbackRun.run(dev.pyjama.interp.ThreadState.current(), frame);
        if (mark == PyFrame.handedOut && frame.stack == frame.localsplus) {
            frame.renew();
            t.spare[slot] = frame;
        }
        return r;
    }

    /** Whether a frame of {@code fn} can be reused after a normal return (see the class comment). */
    static boolean closed(PyFunction fn) {
        PyCode co = fn.code;
        if (co.argcount != 3 || co.kwonlyargcount != 0 || co.exceptiontable.length != 0
                || (co.flags & (PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS | PyCode.CO_GENERATOR | PyCode.CO_COROUTINE
                        | PyCode.CO_ASYNC_GENERATOR | PyCode.CO_ITERABLE_COROUTINE)) != 0
                || fn.globals.type() != PyDict.TYPE || fn.builtins.type() != PyDict.TYPE) {
            return false;
        }
        for (byte kind : co.localspluskinds) {
            if ((kind & (PyCode.CO_FAST_CELL | PyCode.CO_FAST_FREE)) != 0) return false;
        }
        byte[] code = co.code;
        for (int i = 0; i < code.length; ) {
            int op = code[i] & 0xff;
            if (op != RESUME && op != LOAD_FAST && op != LOAD_FAST_LOAD_FAST && op != LOAD_CONST && op != LOAD_GLOBAL
                    && op != STORE_FAST && op != POP_TOP && op != NOP && op != RETURN_VALUE && op != RETURN_CONST) {
                return false;
            }
            i += 2 * (1 + Opcode.cacheEntries(op));
        }
        return true;
    }
}
