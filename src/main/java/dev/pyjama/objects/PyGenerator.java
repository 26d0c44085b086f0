package dev.pyjama.objects;

/**
 * A generator, coroutine or async generator: the heap frame it runs in (resumed by
 * re-entering the eval loop at {@code frame.lasti}), where it stands, and the exception it is
 * handling while suspended (its own entry of the thread's handled-exception stack).
 */
// CPython: Include/internal/pycore_genobject.h, Objects/genobject.c PyGenObject
public final class PyGenerator extends PyObject {
    public static final PyType GENERATOR_TYPE = PyType.builtin("generator", null);
    public static final PyType COROUTINE_TYPE = PyType.builtin("coroutine", null);
    public static final PyType ASYNC_GENERATOR_TYPE = PyType.builtin("async_generator", null);

    public enum Kind { GENERATOR, COROUTINE, ASYNC_GENERATOR }

    /** CPython's gi_frame_state, in its order (comparisons such as "before EXECUTING" hold). */
    public enum State { CREATED, SUSPENDED, SUSPENDED_YIELD_FROM, EXECUTING, COMPLETED }

    public final PyFrame frame;
    public final Kind kind;
    public String name, qualname;
    public State state = State.CREATED;
    /** The exception being handled inside the generator while it is suspended (gi_exc_state), or null. */
    public PyBaseException handled;
    /** The thread's handled-exception stack entry while the generator runs (made on its first run, then reused). */
    public dev.pyjama.interp.ThreadState.ExcInfo excState;
    /** An async generator's ag_running_async and ag_closed. */
    public boolean runningAsync, closed;
    /** An async generator's hooks have been looked at (its first __anext__, asend, athrow or aclose). */
    public boolean hooksInited;
    /** The finalizer hook in force when it was first iterated (null: none). */
    public PyObject finalizer;
    /** A coroutine's cr_origin (made when origin tracking is on), or null. */
    public PyObject origin;

    public PyGenerator(PyFrame frame, Kind kind, String name, String qualname) {
        this.frame = frame;
        this.kind = kind;
        this.name = name;
        this.qualname = qualname;
    }

    @Override
    public PyType type() {
        switch (kind) {
            case COROUTINE: return COROUTINE_TYPE;
            case ASYNC_GENERATOR: return ASYNC_GENERATOR_TYPE;
            default: return GENERATOR_TYPE;
        }
    }

    // CPython: Objects/genobject.c gen_repr, coro_repr, async_gen_repr
    @Override
    public String repr() {
        String what = kind == Kind.COROUTINE ? "coroutine" : kind == Kind.ASYNC_GENERATOR ? "async_generator" : "generator";
        return "<" + what + " object " + qualname + " at 0x" + PyHash.addressHex(this) + ">";
    }
}
