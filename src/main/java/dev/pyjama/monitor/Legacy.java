package dev.pyjama.monitor;

import dev.pyjama.code.LineTable;
import dev.pyjama.code.PyCode;
import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.LockOrder;
import dev.pyjama.interp.ThreadState;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyMethod;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import java.util.List;

/**
 * {@code sys.settrace} and {@code sys.setprofile} as adapters over sys.monitoring (the seed's
 * monitor/legacy.go): installing a trace function registers one adapter per PEP 669 event on
 * tool 7 (profile: tool 6) and sets the events; each adapter turns its event back into the
 * legacy (frame, what, arg) call. There is no second tracing system.
 *
 * <p>Jumps by {@code f_lineno} from a trace function: {@code interp.FrameJump}.
 *
 * <p>Threads: each thread has its own trace and profile functions ({@link ThreadTrace}, on its
 * {@link ThreadState}); {@link #setTraceAllThreads} / {@link #setProfileAllThreads} install on
 * every thread of the interpreter. The events of tools 6 and 7 are per interpreter, so every
 * thread runs the adapters once one thread traces, and the adapters return early on a thread
 * that has no function. Lock order (design.md decision 7): the GIL (held by every caller), the
 * monitoring lock {@code mon.lock}, then a thread's trace lock {@link ThreadTrace#lock}; never
 * the reverse, and no user callback runs holding either of the last two.
 */
// CPython: Python/legacy_tracing.c, Python/sysmodule.c (trace_trampoline, profile_trampoline, sys_settrace...)
public final class Legacy {
    private Legacy() {}

    /** The legacy events (PyTrace_*) and the names Python trace functions receive. */
    public static final int CALL = 0, EXCEPTION = 1, LINE = 2, RETURN = 3, C_CALL = 4, C_EXCEPTION = 5,
            C_RETURN = 6, OPCODE = 7;
    private static final PyStr[] WHAT = {PyStr.of("call"), PyStr.of("exception"), PyStr.of("line"), PyStr.of("return"),
        PyStr.of("c_call"), PyStr.of("c_exception"), PyStr.of("c_return"), PyStr.of("opcode")};

    private static final int TRACE = MonitoringEvents.SYS_TRACE_ID, PROFILE = MonitoringEvents.SYS_PROFILE_ID;

    /**
     * A thread's legacy state: CPython's four fields on its PyThreadState, held by {@link
     * ThreadState#legacyTrace}. Another thread may replace them (settrace_all_threads), always
     * holding the GIL, the monitoring lock and then {@link #lock}; the owner reads them holding
     * the GIL only, and reads each function once per event (into a local), so an event sees
     * one consistent (function, object) pair.
     */
    public static final class ThreadTrace {
        /** The seed's {@code c_trace_lock}: taken, after the monitoring lock, to swap the fields. */
        public final Object lock = new Object();
        public volatile TraceFunction traceFunc, profileFunc;
        public volatile PyObject traceObj, profileObj;
        /** The trampolines' frames for reuse (CallbackFrames): [0] the trace function's, [1] the profiler's. */
        final PyFrame[] spare = new PyFrame[2];
    }

    /** Forgets the current thread's trace and profile functions (a new interpreter starts without them). */
    public static void reset() {
        ThreadTrace t = thread();
        t.traceFunc = t.profileFunc = null;
        t.traceObj = t.profileObj = null;
    }

    /** The legacy trace state of the current thread. */
    public static ThreadTrace thread() {
        return ThreadState.current().legacyTrace;
    }

    // ---- installing

    /** {@code _PyEval_SetTrace} on the calling thread: {@code fn} null removes the trace function. */
    public static void setTrace(Monitoring mon, TraceFunction fn, PyObject obj) {
        setTrace(mon, List.of(ThreadState.current()), fn, obj);
    }

    /** {@code _PyEval_SetProfile} on the calling thread: {@code fn} null removes the profile function. */
    public static void setProfile(Monitoring mon, TraceFunction fn, PyObject obj) {
        setProfile(mon, List.of(ThreadState.current()), fn, obj);
    }

    /**
     * {@code sys._settraceallthreads}: installs {@code fn} (null: removes the trace function) on
     * every thread in {@code threads} (the interpreter's {@code threadStates()} snapshot).
     */
    // CPython: Python/ceval.c PyEval_SetTraceAllThreads
    public static void setTraceAllThreads(Monitoring mon, List<ThreadState> threads, TraceFunction fn, PyObject obj) {
        setTrace(mon, threads, fn, obj);
    }

    /** {@code sys._setprofileallthreads}: {@link #setTraceAllThreads} for the profile function. */
    // CPython: Python/ceval.c PyEval_SetProfileAllThreads
    public static void setProfileAllThreads(Monitoring mon, List<ThreadState> threads, TraceFunction fn, PyObject obj) {
        setProfile(mon, threads, fn, obj);
    }

    /**
     * The install script of the seed, for one thread or all: with the GIL held, take the
     * monitoring lock, swap each thread's pair under its trace lock (counting the tracing
     * threads), compute the tool's events from the count, release, and set the events (which
     * re-instruments the code running on every thread).
     */
    // CPython: Python/legacy_tracing.c _PyEval_SetTrace, setup_tracing
    private static void setTrace(Monitoring mon, List<ThreadState> threads, TraceFunction fn, PyObject obj) {
        int events;
        synchronized (mon.lock) {
            LockOrder.enteredMonitoring();
            if (!mon.sysTraceInitialized) {
                mon.sysTraceInitialized = true;
                registerTraceAdapters(mon);
            }
            for (ThreadState ts : threads) {
                mon.sysTracingThreads += swap(ts.legacyTrace, true, fn, obj);
            }
            events = mon.sysTracingThreads == 0 ? 0 : TRACE_EVENTS;
        }
        if (events != 0) {
            // CPython: _PyEval_SetTrace looks at the calling thread's frame (PyEval_GetFrame), whichever tstate it sets
            PyFrame current = ThreadState.current().frame;
            if (current != null && current.traceOpcodes) setOpcodeTrace(current, true);
        }
        Instrumentation.setEvents(mon, TRACE, events);
    }

    // CPython: Python/legacy_tracing.c _PyEval_SetProfile, setup_profile
    private static void setProfile(Monitoring mon, List<ThreadState> threads, TraceFunction fn, PyObject obj) {
        int events;
        synchronized (mon.lock) {
            LockOrder.enteredMonitoring();
            if (!mon.sysProfileInitialized) {
                mon.sysProfileInitialized = true;
                registerProfileAdapters(mon);
            }
            for (ThreadState ts : threads) {
                mon.sysProfilingThreads += swap(ts.legacyTrace, false, fn, obj);
            }
            events = mon.sysProfilingThreads == 0 ? 0 : PROFILE_EVENTS;
        }
        Instrumentation.setEvents(mon, PROFILE, events);
    }

    /** What sys.settrace asks of tool 7 while some thread traces (CPython 3.13's set). */
    private static final int TRACE_EVENTS = bits(MonitoringEvents.PY_START, MonitoringEvents.PY_RESUME,
            MonitoringEvents.PY_RETURN, MonitoringEvents.PY_YIELD, MonitoringEvents.RAISE, MonitoringEvents.LINE,
            MonitoringEvents.JUMP, MonitoringEvents.PY_UNWIND, MonitoringEvents.PY_THROW, MonitoringEvents.STOP_ITERATION);
    /** What sys.setprofile asks of tool 6 while some thread profiles. */
    private static final int PROFILE_EVENTS = bits(MonitoringEvents.PY_START, MonitoringEvents.PY_RESUME,
            MonitoringEvents.PY_RETURN, MonitoringEvents.PY_YIELD, MonitoringEvents.CALL,
            MonitoringEvents.PY_UNWIND, MonitoringEvents.PY_THROW);

    /**
     * Replaces a thread's trace (or profile) pair under its trace lock, the monitoring lock
     * held; answers the change in the count of threads that have one (-1, 0 or 1).
     */
    // CPython: Python/legacy_tracing.c swap_trace_func_arg, swap_profile_func_arg
    private static int swap(ThreadTrace t, boolean trace, TraceFunction fn, PyObject obj) {
        LockOrder.acquiring(LockOrder.TRACE);
        synchronized (t.lock) {
            LockOrder.acquired(LockOrder.TRACE);
            try {
                PyObject o = fn == null ? null : obj;
                if (trace) {
                    int delta = (fn != null ? 1 : 0) - (t.traceFunc != null ? 1 : 0);
                    // the object first: the owner reads the function, then the object
                    t.traceObj = o;
                    t.traceFunc = fn;
                    return delta;
                }
                int delta = (fn != null ? 1 : 0) - (t.profileFunc != null ? 1 : 0);
                t.profileObj = o;
                t.profileFunc = fn;
                return delta;
            } finally {
                LockOrder.released(LockOrder.TRACE);
            }
        }
    }

    /**
     * A thread ends: it stops counting as a tracing / profiling thread. As CPython, the events
     * stay set until the next install recomputes them (the adapters return early meanwhile).
     */
    // CPython: Python/pystate.c PyThreadState_Clear (sys_profiling_threads--, sys_tracing_threads--)
    public static void threadEnded(Monitoring mon, ThreadState ts) {
        synchronized (mon.lock) {
            LockOrder.enteredMonitoring();
            mon.sysTracingThreads += swap(ts.legacyTrace, true, null, null);
            mon.sysProfilingThreads += swap(ts.legacyTrace, false, null, null);
        }
    }

    private static int bits(int... events) {
        int set = 0;
        for (int e : events) set |= 1 << e;
        return set;
    }

    // ---- the adapters

    /** Which adapter an {@link Adapter} is (CPython's function for it in its comment). */
    private static final int T_START = 0, T_THROW = 1, T_RETURN = 2, T_EXCEPTION = 3, T_LINE = 4, T_UNWIND = 5, T_JUMP = 6,
            T_INSTRUCTION = 7, P_START = 8, P_THROW = 9, P_RETURN = 10, P_UNWIND = 11, P_CALL_OR_RETURN = 12;

    /**
     * One legacy adapter, registered as a Java callback of tool 6 or 7. One final class for
     * all of them, so that the dispatcher calls it directly ({@link Dispatch#fireAt}: the
     * thread state, the int location and the arguments as the loop has them, nothing boxed)
     * instead of through a call site that every adapter lambda would make megamorphic. It is
     * counted under CPython's name for it when {@link UsageCounts} is on.
     */
    static final class Adapter implements MonitorCallback {
        private final Monitoring mon;
        private final int kind;
        private final String name;

        Adapter(Monitoring mon, int kind, String name) {
            this.mon = mon;
            this.kind = kind;
            this.name = name;
        }

        /** From a caller with boxed arguments (MonitoringCApi, Dispatch.fire). */
        @Override
        public PyObject call(int event, PyCode code, PyObject location, PyObject[] args) {
            int loc = location instanceof PyInt i ? (int) i.longValue() : -1;
            return fire(ThreadState.current(), event, code, loc, args.length > 0 ? args[0] : null,
                    args.length > 1 ? args[1] : MonitoringModule.MISSING);
        }

        /** The line adapter (Dispatch.fireLine calls it directly for tool 7 alone). */
        // CPython: Python/legacy_tracing.c sys_trace_line_func
        PyObject line(ThreadState ts, int location) {
            if (ts.legacyTrace.traceFunc == null) return PyNone.NONE;
            return traceLine(ts, currentFrame(ts), location);
        }

        /**
         * The adapter; {@code a1} is MISSING when the event has no second argument. The events
         * of every traced or profiled call (call, line, return) are handled in this small
         * method, which C2 inlines into the dispatcher's call ({@link Dispatch#fireOne}); the
         * others in {@link #fireOther}.
         */
        PyObject fire(ThreadState ts, int event, PyCode code, int location, PyObject a0, PyObject a1) {
            if (UsageCounts.ENABLED) UsageCounts.adapter(mon, name);
            int k = kind;
            if (k == T_START) return callTrace(ts, CALL, PyNone.NONE);
            if (k == T_RETURN) return callTrace(ts, RETURN, a0);
            if (k == P_START) return callProfile(ts, CALL, PyNone.NONE);
            if (k == P_RETURN) return callProfile(ts, RETURN, a0);
            if (k == T_LINE) return line(ts, location);
            return fireOther(ts, event, code, location, a0, a1);
        }

        private PyObject fireOther(ThreadState ts, int event, PyCode code, int location, PyObject a0, PyObject a1) {
            switch (kind) {
                case T_THROW:
                    return callTrace(ts, CALL, PyNone.NONE);
                case T_UNWIND:
                    return callTrace(ts, RETURN, null);
                case T_EXCEPTION:
                    // CPython: Python/legacy_tracing.c sys_trace_exception_func
                    // the C API (MonitoringCApi) passes on whatever object its caller reports as the exception
                    if (!(a0 instanceof PyBaseException exc)) return PyNone.NONE;
                    // a Python tracer's trampoline calls only the frame's local trace function:
                    // without one (and no opcode tracing to turn on) the tuple would go unused
                    PyFrame ef = ts.frame;
                    if (ts.legacyTrace.traceFunc == TRACE_TRAMPOLINE && ef != null && ef.trace == null && !ef.traceOpcodes) {
                        return PyNone.NONE;
                    }
                    return callTrace(ts, EXCEPTION, PyTuple.of(exc.type(), exc, exc.traceback == null ? PyNone.NONE : exc.traceback));
                case T_JUMP:
                    return jump(ts, code, location, a0);
                case T_INSTRUCTION: {
                    // CPython: Python/legacy_tracing.c sys_trace_instruction_func
                    PyFrame frame = currentFrame(ts);
                    ThreadTrace t = ts.legacyTrace;
                    TraceFunction fn = t.traceFunc;
                    if (fn == null || !frame.traceOpcodes) {
                        setOpcodeTrace(frame, false);
                        return PyNone.NONE;
                    }
                    fn.call(t.traceObj, frame, OPCODE, PyNone.NONE);
                    return PyNone.NONE;
                }
                case P_THROW:
                    return callProfile(ts, CALL, PyNone.NONE);
                case P_UNWIND:
                    return callProfile(ts, RETURN, null);
                default: // P_CALL_OR_RETURN
                    return callOrReturn(ts, event == MonitoringEvents.CALL ? C_CALL : event == MonitoringEvents.C_RETURN ? C_RETURN
                            : C_EXCEPTION, a0, a1);
            }
        }
    }

    private static void register(Monitoring mon, int tool, int kind, String name, int... events) {
        Adapter a = new Adapter(mon, kind, name);
        for (int e : events) mon.registerJavaCallback(tool, e, a);
    }

    private static void registerTraceAdapters(Monitoring mon) {
        register(mon, TRACE, T_START, "sys_trace_start", MonitoringEvents.PY_START, MonitoringEvents.PY_RESUME);
        register(mon, TRACE, T_THROW, "sys_trace_throw", MonitoringEvents.PY_THROW);
        register(mon, TRACE, T_RETURN, "sys_trace_return", MonitoringEvents.PY_RETURN);
        register(mon, TRACE, T_RETURN, "sys_trace_yield", MonitoringEvents.PY_YIELD);
        register(mon, TRACE, T_EXCEPTION, "sys_trace_exception_func", MonitoringEvents.RAISE, MonitoringEvents.STOP_ITERATION);
        register(mon, TRACE, T_LINE, "sys_trace_line_func", MonitoringEvents.LINE);
        register(mon, TRACE, T_UNWIND, "sys_trace_unwind", MonitoringEvents.PY_UNWIND);
        register(mon, TRACE, T_JUMP, "sys_trace_jump_func", MonitoringEvents.JUMP);
        register(mon, TRACE, T_INSTRUCTION, "sys_trace_instruction_func", MonitoringEvents.INSTRUCTION);
    }

    /**
     * {@code f_trace_opcodes}: INSTRUCTION events for tool 7 on the frame's code, as a local
     * event, so only that code pays for them.
     */
    // CPython: Python/legacy_tracing.c _PyEval_SetOpcodeTrace
    public static void setOpcodeTrace(PyFrame frame, boolean enable) {
        Monitoring mon = dev.pyjama.interp.Interpreter.current().monitoring;
        int events = mon.localEvents(frame.code, TRACE);
        int insn = 1 << MonitoringEvents.INSTRUCTION;
        if (enable == ((events & insn) != 0)) return;
        mon.setLocalEvents(frame.code, TRACE, enable ? events | insn : events & ~insn);
        Instrumentation.update(frame.code, mon);
    }

    /**
     * JUMP: sys.settrace reports a line event for every backward jump, even to the same line,
     * which LINE's filter would hide; other jumps are left to the LINE event at their target
     * (and the site is disabled, as CPython does).
     */
    // CPython: Python/legacy_tracing.c sys_trace_jump_func
    private static PyObject jump(ThreadState ts, PyCode code, int from, PyObject to) {
        if (ts.legacyTrace.traceFunc == null || code == null) return PyNone.NONE;
        int src = from / 2, dst = (int) ((PyInt) to).longValue() / 2;
        if (dst > src) return MonitoringModule.DISABLE;
        int toLine = LineTable.addr2Line(code, 2 * dst), fromLine = LineTable.addr2Line(code, 2 * src);
        if (toLine != fromLine) return MonitoringModule.DISABLE;
        PyFrame frame = currentFrame(ts);
        if (!frame.traceLines) return PyNone.NONE;
        return traceLine(ts, frame, toLine);
    }

    // CPython: Python/legacy_tracing.c trace_line
    private static PyObject traceLine(ThreadState ts, PyFrame frame, int line) {
        if (!frame.traceLines || line < 0) return PyNone.NONE;
        ThreadTrace t = ts.legacyTrace;
        TraceFunction fn = t.traceFunc;
        if (fn == null) return PyNone.NONE;
        fn.call(t.traceObj, frame, LINE, PyNone.NONE);
        return PyNone.NONE;
    }

    // CPython: Python/legacy_tracing.c call_trace_func
    private static PyObject callTrace(ThreadState ts, int what, PyObject arg) {
        ThreadTrace t = ts.legacyTrace;
        TraceFunction fn = t.traceFunc;
        if (fn == null) return PyNone.NONE;
        PyFrame frame = currentFrame(ts);
        if (frame.traceOpcodes) setOpcodeTrace(frame, true);
        fn.call(t.traceObj, frame, what, arg);
        return PyNone.NONE;
    }

    private static void registerProfileAdapters(Monitoring mon) {
        register(mon, PROFILE, P_START, "sys_profile_start", MonitoringEvents.PY_START, MonitoringEvents.PY_RESUME);
        register(mon, PROFILE, P_THROW, "sys_profile_throw", MonitoringEvents.PY_THROW);
        register(mon, PROFILE, P_RETURN, "sys_profile_return", MonitoringEvents.PY_RETURN, MonitoringEvents.PY_YIELD);
        register(mon, PROFILE, P_UNWIND, "sys_profile_unwind", MonitoringEvents.PY_UNWIND);
        register(mon, PROFILE, P_CALL_OR_RETURN, "sys_profile_call_or_return", MonitoringEvents.CALL, MonitoringEvents.C_RETURN,
                MonitoringEvents.C_RAISE);
    }

    // CPython: Python/legacy_tracing.c call_profile_func
    private static PyObject callProfile(ThreadState ts, int what, PyObject arg) {
        ThreadTrace t = ts.legacyTrace;
        TraceFunction fn = t.profileFunc;
        if (fn == null) return PyNone.NONE;
        fn.call(t.profileObj, currentFrame(ts), what, arg);
        return PyNone.NONE;
    }

    /**
     * CALL, C_RETURN, C_RAISE for the profiler: only a builtin function, a method descriptor
     * with its self (bound first, as the old profiler saw it), or a bound method wrapping a
     * builtin function gives a c_call / c_return / c_exception event.
     */
    // CPython: Python/legacy_tracing.c sys_profile_call_or_return
    private static PyObject callOrReturn(ThreadState ts, int what, PyObject callable, PyObject self) {
        // C_RETURN fired through the C API (MonitoringCApi) carries only the return value: self is MISSING
        if (callable instanceof PyBuiltinFunction b && b.type() == PyBuiltinFunction.BUILTIN_FUNCTION_TYPE) {
            return callProfile(ts, what, callable);
        }
        if (callable instanceof PyBuiltinFunction b && b.type() == PyBuiltinFunction.METHOD_DESCRIPTOR_TYPE) {
            if (self == MonitoringModule.MISSING) return PyNone.NONE;
            return callProfile(ts, what, Abstract.descrGet(b, self, self.type()));
        }
        if (callable instanceof PyMethod m && m.function instanceof PyBuiltinFunction f
                && f.type() == PyBuiltinFunction.BUILTIN_FUNCTION_TYPE) {
            return callProfile(ts, what, f);
        }
        return PyNone.NONE;
    }

    /**
     * True when a CALL site's event, and its C_RETURN / C_RAISE, would reach only the profile
     * adapter ({@code tools}: the site's tools) and {@link #callOrReturn} would ignore
     * {@code callable} (a Python function, a class...: only builtins give c_call events), so
     * the eval loop can skip firing them: nothing would run or change (not even a usage
     * count, since the skip is off when {@link UsageCounts} is on).
     */
    // CPython: Python/legacy_tracing.c sys_profile_call_or_return (returns at once for these)
    public static boolean profileIgnoresCall(Monitoring mon, int tools, PyObject callable) {
        if (tools != 1 << PROFILE || UsageCounts.ENABLED || callable instanceof PyBuiltinFunction
                || callable instanceof PyMethod m && m.function instanceof PyBuiltinFunction) {
            return false;
        }
        return mon.javaCallback(PROFILE, MonitoringEvents.CALL) instanceof Adapter a && a.kind == P_CALL_OR_RETURN
                && mon.javaCallback(PROFILE, MonitoringEvents.C_RETURN) == a && mon.javaCallback(PROFILE, MonitoringEvents.C_RAISE) == a;
    }

    private static PyFrame currentFrame(ThreadState ts) {
        PyFrame f = ts.frame;
        if (f == null) throw Errors.systemError("Missing frame when calling trace function.");
        return f;
    }

    // ---- the trampolines for Python functions

    /** What a Python function passed to sys.settrace gets: 'call' to it, every other event to the frame's f_trace. */
    // CPython: Python/sysmodule.c trace_trampoline, call_trampoline
    public static final TraceFunction TRACE_TRAMPOLINE = (self, frame, what, arg) -> {
        PyObject callback = what == CALL ? self : frame.trace;
        if (callback == null) return;
        PyObject result;
        try {
            result = CallbackFrames.call(thread(), 0, callback, frame, WHAT[what], arg == null ? PyNone.NONE : arg);
        } catch (PyException e) {
            setTrace(dev.pyjama.interp.Interpreter.current().monitoring, null, null);
            frame.trace = null;
            throw e;
        }
        if (result != PyNone.NONE) frame.trace = result;
    };

    /** What a Python function passed to sys.setprofile gets: every event; its result is ignored. */
    // CPython: Python/sysmodule.c profile_trampoline
    public static final TraceFunction PROFILE_TRAMPOLINE = (self, frame, what, arg) -> {
        try {
            CallbackFrames.call(thread(), 1, self, frame, WHAT[what], arg == null ? PyNone.NONE : arg);
        } catch (PyException e) {
            setProfile(dev.pyjama.interp.Interpreter.current().monitoring, null, null);
            throw e;
        }
    };
}
