package dev.pyjama.interp;

import dev.pyjama.code.CodeUnits;
import dev.pyjama.code.LineTable;
import dev.pyjama.code.Opcode;
import dev.pyjama.code.PyCode;
import dev.pyjama.jit.JitCode;
import dev.pyjama.monitor.Dispatch;
import dev.pyjama.monitor.Instrumentation;
import dev.pyjama.monitor.Monitoring;
import dev.pyjama.monitor.MonitoringEvents;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;

/**
 * The eval loop's side of sys.monitoring: what an INSTRUMENTED_* opcode does before the
 * instruction it stands for runs (fire its event for the tools still armed at the site),
 * and the version check RESUME makes. Reached only from instrumented code, so code that no
 * tool watches never comes here.
 */
// CPython: Python/bytecodes.c INSTRUMENTED_* instructions, Python/instrumentation.c _Py_call_instrumentation*
final class Instrumented {
    private Instrumented() {}

    private static final int RESUME = Opcode.byName("RESUME"), RETURN_VALUE = Opcode.byName("RETURN_VALUE"),
            RETURN_CONST = Opcode.byName("RETURN_CONST"), YIELD_VALUE = Opcode.byName("YIELD_VALUE"),
            JUMP_FORWARD = Opcode.byName("JUMP_FORWARD"), JUMP_BACKWARD = Opcode.byName("JUMP_BACKWARD"),
            POP_JUMP_IF_TRUE = Opcode.byName("POP_JUMP_IF_TRUE"), POP_JUMP_IF_FALSE = Opcode.byName("POP_JUMP_IF_FALSE"),
            POP_JUMP_IF_NONE = Opcode.byName("POP_JUMP_IF_NONE"), POP_JUMP_IF_NOT_NONE = Opcode.byName("POP_JUMP_IF_NOT_NONE"),
            INSTRUMENTED_RESUME = Opcode.byName("INSTRUMENTED_RESUME"),
            INSTRUMENTED_RETURN_VALUE = Opcode.byName("INSTRUMENTED_RETURN_VALUE"),
            INSTRUMENTED_RETURN_CONST = Opcode.byName("INSTRUMENTED_RETURN_CONST"),
            END_FOR = Opcode.byName("END_FOR"), END_SEND = Opcode.byName("END_SEND"),
            INSTRUMENTED_FOR_ITER = Opcode.byName("INSTRUMENTED_FOR_ITER"), INSTRUMENTED_CALL = Opcode.byName("INSTRUMENTED_CALL"),
            INSTRUMENTED_CALL_KW = Opcode.byName("INSTRUMENTED_CALL_KW"),
            INSTRUMENTED_CALL_FUNCTION_EX = Opcode.byName("INSTRUMENTED_CALL_FUNCTION_EX"),
            INSTRUMENTED_LOAD_SUPER_ATTR = Opcode.byName("INSTRUMENTED_LOAD_SUPER_ATTR");

    /**
     * What {@link #before} returns when a callback moved the frame ({@code f_lineno} set from a
     * trace function): the loop goes on at {@code f.lasti} with {@code f.sp} values.
     */
    // CPython: Python/bytecodes.c INSTRUMENTED_LINE, INSTRUMENTED_RESUME (frame->instr_ptr != this_instr),
    // Python/instrumentation.c _Py_call_instrumentation_jump
    static final int JUMPED = -1;

    private static Monitoring monitoring() {
        return Interpreter.current().monitoring;
    }

    /** {@link #monitoring()} for the thread state in hand (Interpreter.current without a second lookup). */
    private static Monitoring monitoring(ThreadState ts) {
        Interpreter in = ts.interp;
        return in != null ? in.monitoring : monitoring();
    }

    /** RESUME: brings the code up to date when the monitoring version moved since it was instrumented. */
    static void update(PyCode co) {
        Instrumentation.update(co, monitoring());
    }

    /**
     * Runs the monitoring part of the instrumented opcode {@code op} at unit {@code here}
     * ({@code prev}: the unit run before it in this frame) and returns the opcode to run now,
     * or {@link #JUMPED}. The callbacks see {@code sp} values on the frame's stack.
     */
    static int before(PyFrame f, int here, int prev, int op, int oparg, PyObject[] s, int sp) {
        // Pairs with the release store of the opcode (Instrumentation.write): another thread may
        // have instrumented this code; its side tables are visible from here on.
        java.lang.invoke.VarHandle.acquireFence();
        PyCode co = f.code;
        // inside a callback (a trace function's own instrumented code: three instructions per
        // call of it) nothing fires: the shortest way to the instruction the site stands for
        ThreadState ts = ThreadState.current();
        if (ts.tracing != 0) {
            return co.monitoringVersion == Monitoring.globalVersion ? whileTracing(f, co, ts, here, op)
                    : general(f, co, ts, here, prev, op, oparg, s, sp);
        }
        // The common event (settrace's, a LINE tool's) in this small method, which C2 inlines
        // into the compiled form's site call; every other opcode takes the general path.
        if (op == Instrumentation.INSTRUMENTED_LINE) {
            f.sp = sp;
            line(f, ts, here, prev);
            if (f.lasti != here) return JUMPED;
            op = underLine(co, here);
            if (op < Instrumentation.MIN_INSTRUMENTED) return op;
        }
        return general(f, co, ts, here, prev, op, oparg, s, sp);
    }

    /** {@link #compiledSite}: the plain instruction runs now, in the compiled form. */
    static final int SITE_PLAIN = 0;
    /** {@link #compiledSite}: the instruction ran here; the compiled form goes on at the next one. */
    static final int SITE_NEXT = 1;
    /** {@link #compiledSite}: an INSTRUMENTED_FOR_ITER found its iterator exhausted (past the loop). */
    static final int SITE_EXHAUSTED = 2;

    /**
     * The out-of-line part of each checked site of the JIT's instrumented form (its live opcode
     * is instrumented): {@link #before} with the site's argument, stack depth and previous unit
     * from the JitCode's tables, then the opcodes the loop runs itself (INSTRUMENTED_FOR_ITER,
     * _CALL, _CALL_KW, _CALL_FUNCTION_EX, _LOAD_SUPER_ATTR). Returns {@link #SITE_PLAIN},
     * {@link #SITE_NEXT}, {@link #SITE_EXHAUSTED} or {@link #JUMPED} (a callback moved the frame).
     * Why one method, and why its body repeats {@link #before}'s first steps: C2 inlines a hot
     * static callee up to FreqInlineSize (325 bytes of bytecode), and this method is kept over
     * that (InstrumentedSiteSizeTest), so every compiled form calls it rather than inlining
     * ~430 bytes of glue per site, which made each instrumented form's C2 compile about twice
     * as long as its plain form's (docs/notes/s15-sites.md). A site that fires calls a Python
     * callback anyway; the call costs a few ns of that.
     */
    // CPython: Python/bytecodes.c INSTRUMENTED_LINE, INSTRUMENTED_FOR_ITER, INSTRUMENTED_CALL
    static int compiledSite(JitCode jc, PyFrame f, int here, int prev, PyObject[] s) {
        f.lasti = here;
        PyCode co = f.code;
        int op = co.instructions()[here << 1] & 0xff;
        if (op < Opcode.MIN_INSTRUMENTED_OPCODE) return SITE_PLAIN; // DISABLE'd by another thread meanwhile
        int arg = jc.siteArg(here), sp = f.stackBase() + jc.depthAt(here);
        prev = jc.sitePrev(here, prev);
        // from here as before(), which the interpreter calls (see there for why each step)
        java.lang.invoke.VarHandle.acquireFence();
        ThreadState ts = ThreadState.current();
        if (ts.tracing != 0) {
            op = co.monitoringVersion == Monitoring.globalVersion ? whileTracing(f, co, ts, here, op)
                    : general(f, co, ts, here, prev, op, arg, s, sp);
        } else {
            if (op == Instrumentation.INSTRUMENTED_LINE) {
                f.sp = sp;
                line(f, ts, here, prev);
                if (f.lasti != here) return JUMPED;
                op = underLine(co, here);
            }
            if (op >= Instrumentation.MIN_INSTRUMENTED) op = general(f, co, ts, here, prev, op, arg, s, sp);
        }
        if (op < Opcode.MIN_INSTRUMENTED_OPCODE) return op < 0 ? JUMPED : SITE_PLAIN;
        if (op == INSTRUMENTED_FOR_ITER) {
            // CPython: Python/bytecodes.c INSTRUMENTED_FOR_ITER: the next item or the end, then BRANCH
            int next = here + 1 + FOR_ITER_CACHES;
            PyObject v = EvalHelpers.forIter(s[sp - 1]);
            int pc;
            if (v != null) {
                s[sp++] = v;
                pc = next;
            } else {
                s[--sp] = null;
                pc = next + arg + 2;
            }
            if (branch(f, here, pc, sp)) return JUMPED;
            return pc == next ? SITE_NEXT : SITE_EXHAUSTED;
        }
        // INSTRUMENTED_CALL, _CALL_KW, _CALL_FUNCTION_EX, _LOAD_SUPER_ATTR: as the loop's default case
        f.lasti = here;
        if (op == INSTRUMENTED_CALL) {
            // a Python callee's exception comes back as JitCode.RAISED (JitSupport.jumped returns it)
            return call(f, here, op, s, sp, arg, true) < 0 ? JUMPED : SITE_NEXT;
        }
        EvalCold.run(f, here, op, arg, s, sp);
        return SITE_NEXT;
    }

    private static final int FOR_ITER_CACHES = Opcode.cacheEntries(Opcode.byName("FOR_ITER"));

    /**
     * INSTRUMENTED_RESUME, _RETURN_VALUE and _RETURN_CONST outside callbacks, the code up to
     * date, instrumented: {@link #general}'s steps for them alone, without its checks for the
     * other opcodes, and the event through {@link Dispatch#fireOne} (a single legacy tool's
     * adapter called directly). A stale code object takes the general path (which updates it first).
     */
    // CPython: Python/bytecodes.c INSTRUMENTED_RESUME, INSTRUMENTED_RETURN_VALUE, INSTRUMENTED_RETURN_CONST
    private static int startOrReturn(PyFrame f, PyCode co, ThreadState ts, int here, int op, int oparg, PyObject[] s, int sp) {
        int tools = Instrumentation.siteTools(co, here);
        Monitoring mon;
        int disabled, base;
        if (op == INSTRUMENTED_RESUME) {
            resumed(ts, f, here);
            if (tools == 0) return RESUME;
            base = RESUME;
            mon = monitoring(ts);
            f.sp = sp;
            int event = (oparg & 3) == 0 ? MonitoringEvents.PY_START : MonitoringEvents.PY_RESUME;
            disabled = Dispatch.fireOne(mon, ts, tools, event, co, 2 * here, 0, null);
            resumed(ts, f, here); // the callbacks' own frames may have run RESUMEs
        } else {
            base = op == INSTRUMENTED_RETURN_VALUE ? RETURN_VALUE : RETURN_CONST;
            if (tools == 0) return base;
            mon = monitoring(ts);
            f.sp = sp;
            PyObject value = base == RETURN_VALUE ? s[sp - 1] : co.consts[oparg];
            disabled = Dispatch.fireOne(mon, ts, tools, MonitoringEvents.PY_RETURN, co, 2 * here, 1, value);
        }
        if (disabled != 0) Instrumentation.disableSite(mon, co, here, disabled);
        return f.lasti != here ? JUMPED : base;
    }

    /**
     * The opcode INSTRUMENTED_LINE at unit {@code here} stands for, once its LINE event ran.
     * CPython: Python/instrumentation.c de_instrument_line: when the LINE callback took the
     * unit's last line tool off, lines->original_opcode becomes the per-instruction opcode,
     * so this execution skips the INSTRUCTION event.
     */
    private static int underLine(PyCode co, int here) {
        int op = Instrumentation.lineOriginal(co, here);
        if (op == Instrumentation.INSTRUMENTED_INSTRUCTION
                && (co.instructions()[2 * here] & 0xff) != Instrumentation.INSTRUMENTED_LINE) {
            op = Instrumentation.instructionOriginal(co, here);
        }
        return op;
    }

    /** {@link #before} for every opcode and state (a LINE already run when {@code op} is what it stood for). */
    private static int general(PyFrame f, PyCode co, ThreadState ts, int here, int prev, int op, int oparg, PyObject[] s, int sp) {
        // a call's two events (PY_START, PY_RETURN: settrace's and setprofile's call / return)
        if ((op == INSTRUMENTED_RESUME || op == INSTRUMENTED_RETURN_VALUE || op == INSTRUMENTED_RETURN_CONST) && ts.tracing == 0
                && co.monitoringVersion == Monitoring.globalVersion && co.monitors != null) {
            return startOrReturn(f, co, ts, here, op, oparg, s, sp);
        }
        var m = co.monitors;
        if (op == Instrumentation.INSTRUMENTED_LINE) {
            if (ts.tracing == 0) {
                f.sp = sp;
                line(f, ts, here, prev);
                if (f.lasti != here) return JUMPED;
            }
            op = underLine(co, here);
        }
        if (op == Instrumentation.INSTRUMENTED_INSTRUCTION) {
            if (ts.tracing == 0) {
                Monitoring mon = monitoring(ts);
                int disabled = Dispatch.fireAt(mon, ts, Instrumentation.instructionTools(co, here), MonitoringEvents.INSTRUCTION,
                        co, 2 * here, 0, null, null);
                if (disabled != 0) Instrumentation.disableInstruction(mon, co, here, disabled);
            }
            op = Instrumentation.instructionOriginal(co, here);
        }
        if (op < Instrumentation.MIN_INSTRUMENTED) return op;
        int base = CodeUnits.baseOpcode(op);
        if (op == INSTRUMENTED_RESUME && co.monitoringVersion != Monitoring.globalVersion) {
            // CPython: INSTRUMENTED_RESUME checks the version first; the site may not be instrumented any more
            Instrumentation.update(co, monitoring(ts));
            op = co.instructions()[2 * here] & 0xff;
            if (op < Instrumentation.MIN_INSTRUMENTED) return op;
        }
        if (base == RESUME) resumed(ts, f, here);
        if (ts.tracing != 0 || m == null) return base;
        if (op == INSTRUMENTED_FOR_ITER || op == INSTRUMENTED_CALL || op == INSTRUMENTED_CALL_KW
                || op == INSTRUMENTED_CALL_FUNCTION_EX || op == INSTRUMENTED_LOAD_SUPER_ATTR) {
            return op; // the eval loop runs these itself: their events depend on what happens
        }
        int tools = Instrumentation.siteTools(co, here);
        if (tools == 0) return base;
        Monitoring mon = monitoring(ts);
        int next = here + 1 + Opcode.cacheEntries(base);
        int disabled;
        f.sp = sp;
        if (base == RESUME) {
            int event = (oparg & 3) == 0 ? MonitoringEvents.PY_START : MonitoringEvents.PY_RESUME;
            disabled = Dispatch.fireAt(mon, ts, tools, event, co, 2 * here, 0, null, null);
            resumed(ts, f, here); // the callbacks' own frames may have run RESUMEs
        } else if (base == RETURN_VALUE || base == RETURN_CONST) {
            PyObject value = base == RETURN_VALUE ? s[sp - 1] : co.consts[oparg];
            disabled = Dispatch.fireAt(mon, ts, tools, MonitoringEvents.PY_RETURN, co, 2 * here, 1, value, null);
        } else if (base == YIELD_VALUE) {
            disabled = yielding(mon, ts, tools, f, here, oparg, s, sp);
        } else if (base == JUMP_FORWARD || base == JUMP_BACKWARD) {
            int dest = base == JUMP_FORWARD ? next + oparg : next - oparg;
            disabled = Dispatch.fireAt(mon, ts, tools, MonitoringEvents.JUMP, co, 2 * here, 1, Dispatch.offset(dest), null);
        } else if (base == END_FOR || base == END_SEND) {
            // A generator or coroutine's return reaching END_FOR / END_SEND: the StopIteration
            // PEP 380 would have raised, made only for the callbacks.
            PyObject receiver = s[sp - 2];
            if (!(receiver instanceof dev.pyjama.objects.PyGenerator g)
                    || g.kind == dev.pyjama.objects.PyGenerator.Kind.ASYNC_GENERATOR) {
                return base;
            }
            dev.pyjama.objects.PyBaseException stop = stopIteration(s[sp - 1]);
            disabled = Dispatch.fire(mon, tools, MonitoringEvents.STOP_ITERATION, co, Dispatch.offset(here), stop);
        } else {
            PyObject cond = s[sp - 1];
            boolean taken = base == POP_JUMP_IF_TRUE ? cond == PyBool.TRUE : base == POP_JUMP_IF_FALSE ? cond == PyBool.FALSE
                    : base == POP_JUMP_IF_NONE ? cond == PyNone.NONE : cond != PyNone.NONE;
            disabled = Dispatch.fire(mon, tools, MonitoringEvents.BRANCH, co, Dispatch.offset(here),
                    Dispatch.offset(taken ? next + oparg : next));
        }
        if (disabled != 0) Instrumentation.disableSite(mon, co, here, disabled);
        return f.lasti != here ? JUMPED : base;
    }

    /**
     * {@link #before} while a callback runs on this thread ({@code ts.tracing}), the code up to
     * date: what the general path does then, without its event checks.
     */
    private static int whileTracing(PyFrame f, PyCode co, ThreadState ts, int here, int op) {
        if (op == Instrumentation.INSTRUMENTED_LINE) op = Instrumentation.lineOriginal(co, here);
        if (op == Instrumentation.INSTRUMENTED_INSTRUCTION) op = Instrumentation.instructionOriginal(co, here);
        if (op < Instrumentation.MIN_INSTRUMENTED) return op;
        if (op == INSTRUMENTED_RESUME) {
            resumed(ts, f, here);
            return RESUME;
        }
        return CodeUnits.baseOpcode(op);
    }

    /**
     * The RESUME of a frame that runs compiled inside a callback (JitSupport.tracingResume),
     * whose live opcode {@code op} is instrumented: what {@link #whileTracing} records there.
     */
    static void resumedWhileTracing(PyFrame f, int here, int op) {
        java.lang.invoke.VarHandle.acquireFence(); // the side tables of the opcode read (as before)
        PyCode co = f.code;
        if (op == Instrumentation.INSTRUMENTED_LINE) op = Instrumentation.lineOriginal(co, here);
        if (op == Instrumentation.INSTRUMENTED_INSTRUCTION) op = Instrumentation.instructionOriginal(co, here);
        if (op == INSTRUMENTED_RESUME) resumed(ThreadState.current(), f, here);
    }

    /**
     * PY_YIELD. CPython fires it with the frame already suspended, its instruction pointer on
     * the RESUME after the yield and the value off the stack; so f_lasti and a jump's stack
     * analysis see that state. A jump made here does not stop the yield: it is kept in the
     * frame ({@link PyFrame#resumeAt}) for the next resumption.
     */
    // CPython: Python/bytecodes.c INSTRUMENTED_YIELD_VALUE
    private static int yielding(Monitoring mon, ThreadState ts, int tools, PyFrame f, int here, int oparg, PyObject[] s, int sp) {
        dev.pyjama.objects.PyGenerator g = f.generator;
        dev.pyjama.objects.PyGenerator.State state = g != null ? g.state : null;
        if (g != null) {
            g.state = oparg == 0 ? dev.pyjama.objects.PyGenerator.State.SUSPENDED
                    : dev.pyjama.objects.PyGenerator.State.SUSPENDED_YIELD_FROM;
        }
        f.lasti = here + 1;
        f.sp = sp - 1;
        try {
            int disabled = Dispatch.fireOne(mon, ts, tools, MonitoringEvents.PY_YIELD, f.code, 2 * here, 1, s[sp - 1]);
            if (f.lasti != here + 1) {
                f.resumeAt = f.lasti;
                f.resumeSp = f.sp;
            }
            return disabled;
        } finally {
            if (g != null) g.state = state;
            f.lasti = here;
        }
    }

    /** {@code PyErr_SetObject(PyExc_StopIteration, value)}: None gives no arguments, a tuple its items, a StopIteration itself. */
    // CPython: Python/errors.c _PyErr_SetObject, _PyErr_CreateException
    private static dev.pyjama.objects.PyBaseException stopIteration(PyObject value) {
        if (value instanceof dev.pyjama.objects.PyBaseException e
                && e.type().isSubtype(dev.pyjama.objects.ExceptionTypes.STOP_ITERATION)) {
            return e;
        }
        dev.pyjama.objects.PyTuple args = value == PyNone.NONE ? dev.pyjama.objects.PyTuple.EMPTY
                : value instanceof dev.pyjama.objects.PyTuple t ? t : dev.pyjama.objects.PyTuple.of(value);
        return new dev.pyjama.objects.PyBaseException(dev.pyjama.objects.ExceptionTypes.STOP_ITERATION, args);
    }

    /**
     * An exception event (RAISE, RERAISE, PY_UNWIND, PY_THROW, EXCEPTION_HANDLED) at unit
     * {@code here}: these are global events only. Returns the exception to go on with: the
     * same, or the one a callback raised instead.
     */
    // CPython: Python/ceval.c do_monitor_exc, _PyEval_MonitorRaise, monitor_reraise, monitor_unwind, monitor_handled, monitor_throw
    static dev.pyjama.objects.PyBaseException exceptionEvent(PyFrame f, int here, int event, dev.pyjama.objects.PyBaseException exc) {
        if (Monitoring.globalVersion == 0) return exc; // no tool ever set an event
        ThreadState ts = ThreadState.current();
        Monitoring mon = monitoring(ts);
        int tools = mon.toolsFor(event);
        if (tools == 0) return exc;
        try {
            // the legacy adapters take the offset and the exception unboxed (no array, no PyInt)
            Dispatch.fireAt(mon, ts, tools, event, f.code, 2 * here, 1, exc, null);
        } catch (dev.pyjama.objects.PyException replaced) {
            return replaced.value();
        }
        return exc;
    }

    private static final int FOR_ITER = Opcode.byName("FOR_ITER"), CALL = Opcode.byName("CALL"), CALL_KW = Opcode.byName("CALL_KW"), SEND = Opcode.byName("SEND"),
            CALL_FUNCTION_EX = Opcode.byName("CALL_FUNCTION_EX");

    /**
     * Where RAISE and PY_UNWIND report an exception raised by the instruction at unit
     * {@code here} of frame {@code f}: CPython reports {@code next_instr - 1}, and its
     * instructions advance {@code next_instr} past their inline caches before they run, so
     * that is the instruction's last cache unit (the instruction itself when it has none).
     * One exception: an exception out of a Python function that a CALL ran directly. CPython
     * runs such a callee in the same C frame and resumes the caller's error path with
     * {@code next_instr} at the CALL, so it reports the unit before the CALL. pyjama's frames
     * are Java calls; the case is recognised from the callable still on the value stack and
     * the callee's traceback entry (for a RecursionError raised as the callee was entered,
     * from the callable alone). SEND runs a generator or coroutine receiver the same way.
     */
    // CPython: Python/ceval.c error: _PyEval_MonitorRaise(next_instr - 1), exit_unwind back into the caller
    static int raiseOffset(PyFrame f, int here, dev.pyjama.objects.PyBaseException exc) {
        if (Monitoring.globalVersion == 0) return here;
        int op = CodeUnits.baseOpcode(f.code.code[2 * here] & 0xff), oparg = f.code.code[2 * here + 1] & 0xff;
        int last = here + Opcode.cacheEntries(op);
        if (!(exc.traceback instanceof dev.pyjama.objects.PyTraceback tb)) return last;
        // An exception with a frame below this one came out of the callee (or out of a
        // monitoring callback that replaced it there); one without came from binding the
        // arguments (CPython: before the frame is pushed), except a RecursionError: CPython
        // pushed the frame, failed _Py_EnterRecursivePy at start_frame and unwound it.
        // (or thrown out of a frame after a callback replaced it there without a traceback entry)
        boolean fromCallee = tb.next != null || ThreadState.current().lastUnwound == exc;
        // CPython: Python/bytecodes.c SEND runs a generator or coroutine receiver inline (DISPATCH_INLINED)
        // CPython: FOR_ITER_GEN runs the generator inline the same way (AdaptiveForIter)
        if (op == FOR_ITER) {
            return fromCallee && AdaptiveForIter.inlinesGenerator(f.code, here, f.stack[f.sp - 1]) ? here - 1 : last;
        }
        if (op == SEND) {
            return fromCallee && f.stack[f.sp - 2] instanceof dev.pyjama.objects.PyGenerator g
                    && g.kind != dev.pyjama.objects.PyGenerator.Kind.ASYNC_GENERATOR ? here - 1 : last;
        }
        // CPython: LOAD_ATTR_PROPERTY, BINARY_SUBSCR_GETITEM and CALL_ALLOC_AND_ENTER_INIT also run
        // their Python callee inline, once the site has specialised (AdaptiveInlining)
        if (fromCallee && AdaptiveInlining.inlines(f.code, here)) return here - 1;
        if (!fromCallee && !exc.type().isSubtype(dev.pyjama.objects.ExceptionTypes.RECURSION_ERROR)) return last;
        int at = op == CALL ? f.sp - oparg - 2 : op == CALL_KW ? f.sp - oparg - 3
                : op == CALL_FUNCTION_EX ? f.sp - 3 - (oparg & 1) : -1;
        if (at < 0) return last;
        PyObject callable = f.stack[at];
        // CPython: CALL unpacks a bound method only into an empty self slot (a with statement's
        // __exit__ call has None there), and CALL_FUNCTION_EX inlines exact functions only
        if (callable instanceof dev.pyjama.objects.PyMethod m && op != CALL_FUNCTION_EX && f.stack[at + 1] == null) {
            callable = m.function;
        }
        return callable instanceof dev.pyjama.objects.PyFunction ? here - 1 : last;
    }

    /** generator.throw(): the PY_THROW event where the generator is suspended, then the exception is raised there. */
    static dev.pyjama.objects.PyException thrownIn(PyFrame f, int here, dev.pyjama.objects.PyException t) {
        // CPython reports the instruction the generator resumes at, after its YIELD_VALUE
        dev.pyjama.objects.PyBaseException exc = exceptionEvent(f, here + 1, MonitoringEvents.PY_THROW, t.value());
        return exc == t.value() ? t : new dev.pyjama.objects.PyException(exc);
    }

    /**
     * INSTRUMENTED_FOR_ITER: the BRANCH event to where the loop goes ({@code dest}: the next
     * item's body or past the loop). True when a callback moved the frame (then the loop goes
     * on at {@code f.lasti} with {@code f.sp} values).
     */
    // CPython: Python/bytecodes.c INSTRUMENTED_FOR_ITER (INSTRUMENTED_JUMP)
    static boolean branch(PyFrame f, int here, int dest, int sp) {
        PyCode co = f.code;
        int tools = Instrumentation.siteTools(co, here);
        if (tools == 0 || ThreadState.current().tracing != 0) return false;
        // a jump's stack analysis starts from the FOR_ITER's own stack (CPython's instr_ptr is
        // still the FOR_ITER during the event), though the iteration step has pushed or popped
        f.sp = sp;
        f.jumpModelAt = here;
        Monitoring mon = monitoring();
        int disabled;
        try {
            disabled = Dispatch.fire(mon, tools, MonitoringEvents.BRANCH, co, Dispatch.offset(here), Dispatch.offset(dest));
        } finally {
            f.jumpModelAt = -1;
        }
        if (disabled != 0) Instrumentation.disableSite(mon, co, here, disabled);
        return f.lasti != here;
    }

    /**
     * INSTRUMENTED_CALL, _CALL_KW and _CALL_FUNCTION_EX: the CALL event with the callable and
     * the first argument (MISSING when there is none), the call, then C_RETURN or C_RAISE when
     * the callable (a bound method unpacked) is not a Python function.
     */
    // CPython: Python/bytecodes.c INSTRUMENTED_CALL, CALL, INSTRUMENTED_CALL_KW, CALL_KW, CALL_FUNCTION_EX
    static int call(PyFrame f, int here, int op, PyObject[] s, int sp, int oparg) {
        return call(f, here, op, s, sp, oparg, false);
    }

    /**
     * {@link #call}; with {@code compiled} (the JIT's instrumented form), a Python function that
     * leaves its frame with an exception answers -1 (JitSupport.call), the exception in
     * {@code ThreadState.raised}, instead of a throw through the frames in between.
     */
    static int call(PyFrame f, int here, int op, PyObject[] s, int sp, int oparg, boolean compiled) {
        PyCode co = f.code;
        int tools = Instrumentation.siteTools(co, here);
        ThreadState ts = ThreadState.current();
        boolean fire = tools != 0 && ts.tracing == 0;
        PyObject callable, arg0;
        if (op == INSTRUMENTED_CALL_FUNCTION_EX) {
            int base = sp - 3 - (oparg & 1);
            callable = s[base];
            PyObject callargs = s[base + 2];
            if (!(callargs instanceof dev.pyjama.objects.PyTuple) && !EvalHelpers.isIterable(callargs)) {
                return EvalHelpers.callFunctionEx(s, sp, oparg); // raises CPython's TypeError before any event
            }
            if (!(callargs instanceof dev.pyjama.objects.PyTuple)) {
                callargs = new dev.pyjama.objects.PyTuple(Abstract.toList(callargs).toArray(new PyObject[0]));
                s[base + 2] = callargs;
            }
            arg0 = callargs instanceof dev.pyjama.objects.PyTuple t && t.items.length > 0 ? t.items[0]
                    : dev.pyjama.monitor.MonitoringModule.MISSING;
        } else {
            int kw = op == INSTRUMENTED_CALL_KW ? 1 : 0;
            int base = sp - oparg - 2 - kw;
            callable = s[base];
            PyObject self = s[base + 1];
            int total = oparg + (self != null ? 1 : 0);
            arg0 = total == 0 ? dev.pyjama.monitor.MonitoringModule.MISSING : s[sp - kw - total];
        }
        Monitoring mon = monitoring(ts);
        // sys.setprofile alone and a callable it reports nothing for (a Python function): no events
        if (fire && dev.pyjama.monitor.Legacy.profileIgnoresCall(mon, tools, callable)) fire = false;
        if (fire) {
            int disabled = Dispatch.fireAt(mon, ts, tools, MonitoringEvents.CALL, co, 2 * here, 2, callable, arg0);
            if (disabled != 0) Instrumentation.disableSite(mon, co, here, disabled);
        }
        // What C_RETURN and C_RAISE report: a bound method's function and self, as CALL unpacks them.
        PyObject target = callable, first = arg0;
        if (op != INSTRUMENTED_CALL_FUNCTION_EX && callable instanceof dev.pyjama.objects.PyMethod m
                && s[sp - oparg - 1 - (op == INSTRUMENTED_CALL_KW ? 1 : 0)] == null) {
            target = m.function;
            first = m.self;
        }
        boolean python = target instanceof dev.pyjama.objects.PyFunction
                || op == INSTRUMENTED_CALL_FUNCTION_EX && callable instanceof dev.pyjama.objects.PyMethod;
        int after;
        try {
            after = op == INSTRUMENTED_CALL ? (compiled && python ? JitSupport.call(s, sp, oparg) : EvalHelpers.call(s, sp, oparg))
                    : op == INSTRUMENTED_CALL_KW ? EvalHelpers.callKw(s, sp, oparg) : EvalHelpers.callFunctionEx(s, sp, oparg);
        } catch (dev.pyjama.objects.PyException e) {
            if (python || !fire) throw e;
            tools = Instrumentation.callResultTools(co, here);
            if (tools == 0) throw e;
            Dispatch.fireAt(mon, ts, tools, MonitoringEvents.C_RAISE, co, 2 * here, 2, target, first);
            throw e;
        }
        if (!python && fire) {
            tools = Instrumentation.callResultTools(co, here);
            if (tools != 0) Dispatch.fireAt(mon, ts, tools, MonitoringEvents.C_RETURN, co, 2 * here, 2, target, first);
        }
        return after;
    }

    /**
     * INSTRUMENTED_LOAD_SUPER_ATTR: {@code super(...).name} reports the call of {@code super}
     * as a CALL, then C_RETURN or C_RAISE, with the class as first argument for the two-argument
     * form (MISSING for {@code super()}); the attribute lookup comes after.
     */
    // CPython: Python/bytecodes.c _LOAD_SUPER_ATTR (opcode == INSTRUMENTED_LOAD_SUPER_ATTR)
    static int loadSuperAttr(PyFrame f, int here, PyObject[] s, int sp, dev.pyjama.objects.PyStr name, int oparg) {
        PyCode co = f.code;
        boolean fire = Instrumentation.siteTools(co, here) != 0 && ThreadState.current().tracing == 0;
        PyObject globalSuper = s[sp - 3];
        PyObject arg0 = (oparg & 2) != 0 ? s[sp - 2] : dev.pyjama.monitor.MonitoringModule.MISSING;
        Monitoring mon = monitoring();
        if (fire) {
            int disabled = Dispatch.fire(mon, Instrumentation.siteTools(co, here), MonitoringEvents.CALL, co,
                    Dispatch.offset(here), globalSuper, arg0);
            if (disabled != 0) Instrumentation.disableSite(mon, co, here, disabled);
        }
        PyObject sup;
        try {
            sup = EvalHelpers.callSuper(s, sp, oparg);
        } catch (dev.pyjama.objects.PyException e) {
            int tools = Instrumentation.callResultTools(co, here);
            if (fire && tools != 0) Dispatch.fire(mon, tools, MonitoringEvents.C_RAISE, co, Dispatch.offset(here), globalSuper, arg0);
            throw e;
        }
        int tools = Instrumentation.callResultTools(co, here);
        if (fire && tools != 0) Dispatch.fire(mon, tools, MonitoringEvents.C_RETURN, co, Dispatch.offset(here), globalSuper, arg0);
        return EvalHelpers.loadSuperAttr(s, sp, name, oparg, sup);
    }

    /** INSTRUMENTED_LINE: the LINE event, unless the previous instruction was on the same line and no RESUME. */
    // CPython: Python/instrumentation.c _Py_call_instrumentation_line
    // CPython: Python/bytecodes.c RESUME (specialised to RESUME_CHECK once it runs), INSTRUMENTED_RESUME
    private static void resumed(ThreadState ts, PyFrame f, int here) {
        ts.instrumentedResumeFrame = f;
        ts.instrumentedResumeUnit = here;
    }

    private static void line(PyFrame f, ThreadState ts, int here, int prev) {
        PyCode co = f.code;
        // thrown into at a yield: CPython's frame->instr_ptr is the RESUME after the YIELD_VALUE
        // (co.code is the code as compiled: never specialised or instrumented, so the opcode is plain)
        if ((co.code[2 * prev] & 0xff) == YIELD_VALUE) prev++;
        int line = LineTable.addr2Line(co, 2 * here);
        int prevLine = LineTable.addr2Line(co, 2 * prev);
        boolean afterInstrumentedResume = ts.instrumentedResumeFrame == f && ts.instrumentedResumeUnit == prev;
        if (ts.instrumentedResumeFrame == f) ts.instrumentedResumeFrame = null;
        if (prevLine == line && !Instrumentation.lineAlwaysChanges(co, here)) {
            // a RESUME that ran plain is RESUME_CHECK by now, which CPython does not count as a RESUME
            int prevOp = co.instructions()[2 * prev] & 0xff;
            if (prevOp != INSTRUMENTED_RESUME && !(prevOp == RESUME && afterInstrumentedResume)) return;
        }
        int tools = Instrumentation.lineTools(co, here);
        if (tools == 0) return;
        Monitoring mon = monitoring(ts);
        int disabled = Dispatch.fireLine(mon, ts, tools, co, line);
        if (disabled != 0) Instrumentation.disableLine(mon, co, here, disabled);
    }
}
