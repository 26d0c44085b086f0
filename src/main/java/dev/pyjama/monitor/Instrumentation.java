package dev.pyjama.monitor;

import dev.pyjama.code.CodeUnits;
import dev.pyjama.code.ExceptionTable;
import dev.pyjama.code.LineTable;
import dev.pyjama.code.Opcode;
import dev.pyjama.code.PyCode;

/**
 * Brings a code object's instructions up to date with the events tools want: INSTRUMENTED_*
 * opcodes are written where some tool wants the event of the instruction, INSTRUMENTED_LINE
 * at the line starts when some tool wants LINE, INSTRUMENTED_INSTRUCTION everywhere for
 * INSTRUCTION; the opcodes they cover are kept in {@link CodeMonitors}' side tables. Code
 * that no tool watches keeps its plain opcodes.
 */
// CPython: Python/instrumentation.c _Py_Instrument, force_instrument_lock_held, initialize_lines,
// add_tools/remove_tools, add_line_tools, add_per_instruction_tools
public final class Instrumentation {
    private Instrumentation() {}

    /** {@code INSTRUMENTED[op]}: the instrumented form of a base opcode, or 0 when it has none. */
    static final int[] INSTRUMENTED = new int[256];
    /** The event of a base opcode's instrumented form (RESUME: PY_START or PY_RESUME by oparg); -1 for none. */
    private static final int[] EVENT = new int[256];
    public static final int INSTRUMENTED_LINE = Opcode.byName("INSTRUMENTED_LINE");
    public static final int INSTRUMENTED_INSTRUCTION = Opcode.byName("INSTRUMENTED_INSTRUCTION");
    /** The smallest instrumented opcode: the eval loop hands everything from here up to {@link Instrumented}. */
    public static final int MIN_INSTRUMENTED = Opcode.byName("INSTRUMENTED_RESUME");

    static {
        java.util.Arrays.fill(EVENT, -1);
        // The events whose instrumented opcodes the eval loop supports so far.
        event("RESUME", MonitoringEvents.PY_START);
        event("RETURN_VALUE", MonitoringEvents.PY_RETURN);
        event("RETURN_CONST", MonitoringEvents.PY_RETURN);
        event("YIELD_VALUE", MonitoringEvents.PY_YIELD);
        event("JUMP_FORWARD", MonitoringEvents.JUMP);
        event("JUMP_BACKWARD", MonitoringEvents.JUMP);
        event("POP_JUMP_IF_TRUE", MonitoringEvents.BRANCH);
        event("POP_JUMP_IF_FALSE", MonitoringEvents.BRANCH);
        event("POP_JUMP_IF_NONE", MonitoringEvents.BRANCH);
        event("POP_JUMP_IF_NOT_NONE", MonitoringEvents.BRANCH);
        event("FOR_ITER", MonitoringEvents.BRANCH);
        event("CALL", MonitoringEvents.CALL);
        event("CALL_KW", MonitoringEvents.CALL);
        event("CALL_FUNCTION_EX", MonitoringEvents.CALL);
        event("LOAD_SUPER_ATTR", MonitoringEvents.CALL);
        event("END_FOR", MonitoringEvents.STOP_ITERATION); // reached only from FOR_ITER_GEN (AdaptiveForIter)
        event("END_SEND", MonitoringEvents.STOP_ITERATION);
    }

    private static void event(String base, int event) {
        int op = Opcode.byName(base);
        INSTRUMENTED[op] = Opcode.byName("INSTRUMENTED_" + base);
        EVENT[op] = event;
    }

    private static final int RESUME = Opcode.byName("RESUME"), EXTENDED_ARG = Opcode.byName("EXTENDED_ARG"),
            END_FOR = Opcode.byName("END_FOR"), FOR_ITER = Opcode.byName("FOR_ITER");

    /** The event the instruction {@code op oparg} reports when instrumented, or -1. */
    static int eventOf(int op, int oparg) {
        if (op == RESUME) return (oparg & 3) == 0 ? MonitoringEvents.PY_START : MonitoringEvents.PY_RESUME;
        return EVENT[op];
    }

    /** The plain opcode at unit {@code i}: what runs there when nothing is instrumented. */
    static int baseOpcode(PyCode co, int i) {
        return CodeUnits.baseOpcode(co.code[2 * i] & 0xff);
    }

    /**
     * Brings the code of every frame running on any thread of the interpreter up to date at
     * once, so that the function that changed the events, its callers, and the frames other
     * threads are running (monitoring is per interpreter) see them from their next instruction.
     * The caller holds the GIL, so no other thread is running bytecode meanwhile.
     */
    // CPython: Python/instrumentation.c instrument_all_executing_code_objects
    public static void instrumentExecuting(Monitoring mon) {
        dev.pyjama.interp.Interpreter interp = dev.pyjama.interp.Interpreter.current();
        dev.pyjama.interp.ThreadState self = dev.pyjama.interp.ThreadState.current();
        if (interp == null || self.interp != interp) {
            instrumentFrames(self.frame, mon); // a thread outside the interpreter (Java callers, tests)
            return;
        }
        for (dev.pyjama.interp.ThreadState ts : interp.threadStates()) {
            instrumentFrames(ts.frame, mon);
        }
    }

    private static void instrumentFrames(dev.pyjama.objects.PyFrame top, Monitoring mon) {
        for (dev.pyjama.objects.PyFrame f = top; f != null; f = f.back) {
            update(f.code, mon);
        }
    }

    /** {@code _PyMonitoring_SetEvents} from Java: the tool's global events, running code updated at once. */
    public static void setEvents(Monitoring mon, int tool, int events) {
        if (mon.events(tool) == events) return;
        mon.setEvents(tool, events);
        instrumentExecuting(mon);
    }

    /**
     * Re-instruments {@code co} for the events tools want now: the global sets and the code's
     * local ones. Sites a callback disabled stay disabled unless a restart_events() came since
     * the code was last instrumented.
     */
    // CPython: Python/instrumentation.c force_instrument_lock_held
    public static void update(PyCode co, Monitoring mon) {
        long seenGlobal = Monitoring.globalVersion; // read first: a change after it makes a later update
        synchronized (mon.lock) {
            dev.pyjama.interp.LockOrder.enteredMonitoring();
            CodeMonitors m = co.monitors;
            if (m == null) co.monitors = m = new CodeMonitors();
            if (m.lineStarts == null) initialize(co, m);
            boolean rebuild = co.monitoringVersion < mon.lastRestartVersion();
            byte[] added = new byte[MonitoringEvents.LOCAL_EVENTS], removed = new byte[MonitoringEvents.LOCAL_EVENTS];
            boolean any = false;
            for (int e = 0; e < MonitoringEvents.LOCAL_EVENTS; e++) {
                int active = mon.toolsFor(e) | m.localTools[e];
                int old = m.activeTools[e];
                removed[e] = (byte) (rebuild ? old : old & ~active);
                added[e] = (byte) (rebuild ? active : active & ~old);
                m.activeTools[e] = (byte) active;
                any |= active != 0 || old != 0;
                // CPython: Python/instrumentation.c update_instrumentation_data: multiple_tools allocates tools
                if (Integer.bitCount(active) > 1) m.multiTools = true;
            }
            // CPython: Python/instrumentation.c update_instrumentation_data allocates per_instruction_tools
            // zeroed the first time the code has INSTRUCTION tools and two tools on some event; only
            // the tools this update adds are set in it, so the INSTRUCTION tools already there go quiet
            if (m.multiTools && m.activeTools[MonitoringEvents.INSTRUCTION] != 0 && !m.instructionToolsAllocated) {
                m.instructionToolsAllocated = true;
                if (m.instructionTools != null) java.util.Arrays.fill(m.instructionTools, (byte) 0);
            }
            // CPython: initialize_line_tools starts line_tools from every LINE tool, so lines a lone
            // tool disabled are armed again for it when this update changes LINE (when it makes the
            // table without changing LINE, CPython re-arms them at the next LINE change; not followed)
            int line = MonitoringEvents.LINE;
            if (m.multiTools && m.activeTools[line] != 0 && !m.lineToolsAllocated) {
                m.lineToolsAllocated = true;
                if ((added[line] | removed[line]) != 0 && m.lineTools != null) {
                    for (int i = 0; i < m.lineTools.length; i++) {
                        if (m.lineStarts[i]) m.lineTools[i] = m.activeTools[line];
                    }
                }
            }
            if (any) rewrite(co, m, added, removed);
            // up to date with this interpreter, and with the JVM-wide marker RESUME compares against
            // (another interpreter's newer version changes nothing here)
            co.monitoringVersion = Math.max(mon.version(), seenGlobal);
            co.jitCleanVersion = jitClean(m, co) ? co.monitoringVersion : -1;
            boolean every = m.activeTools[MonitoringEvents.INSTRUCTION] != 0;
            if (every != co.jitEveryInstruction) {
                co.jitEveryInstruction = every;
                countEveryInstruction(every ? 1 : -1);
            }
        }
    }

    /**
     * How many code objects have INSTRUCTION tools (PyCode#jitEveryInstruction; one collected
     * meanwhile stays counted): while not 0, the JIT's instrumented form stops where a callback
     * could have asked for them, one static load per checked site.
     */
    public static volatile int jitEveryInstructionCodes;

    /** Under a lock of its own: two interpreters update code under two monitoring locks. */
    private static synchronized void countEveryInstruction(int delta) {
        jitEveryInstructionCodes += delta;
    }

    /**
     * For the JIT's instrumented form: per code unit, whether an instrumented opcode other than
     * INSTRUMENTED_INSTRUCTION can ever be written there (a line start, or an instruction that
     * has an event), or null before the code was first brought up to date.
     */
    public static boolean[] jitSites(PyCode co) {
        CodeMonitors m = co.monitors;
        if (m == null || m.lineStarts == null) return null;
        int n = co.code.length / 2;
        boolean[] sites = new boolean[n];
        for (int i = m.firstTraceable; i < n; ) {
            int op = baseOpcode(co, i);
            sites[i] = m.lineStarts[i] || eventOf(op, 0) >= 0;
            i += 1 + Opcode.cacheEntries(op);
        }
        return sites;
    }

    /**
     * True when the instructions of {@code co} hold no INSTRUMENTED_* opcode: compiled code runs
     * the plain opcodes, as the loop does, and the events fired outside instrumented opcodes
     * (RAISE, EXCEPTION_HANDLED, PY_UNWIND, ...) come from the unwinding both share. A tool may
     * still be active for the code: e.g. every LINE site it has disabled (DISABLE).
     */
    private static boolean jitClean(CodeMonitors m, PyCode co) {
        byte[] ins = co.instructions();
        for (int i = 0; i < ins.length; i += 2) {
            if ((ins[i] & 0xff) >= dev.pyjama.code.Opcode.MIN_INSTRUMENTED_OPCODE) return false;
        }
        return true;
    }

    /** A site just disabled may have been the code's last instrumented one: compiled code may run it again. */
    private static void jitAfterDisable(CodeMonitors m, PyCode co) {
        if (co.jitCleanVersion != co.monitoringVersion && jitClean(m, co)) co.jitCleanVersion = co.monitoringVersion;
    }

    private static void rewrite(PyCode co, CodeMonitors m, byte[] added, byte[] removed) {
        int n = co.code.length / 2;
        if (m.siteTools == null) {
            m.siteTools = new byte[n];
            m.lineTools = new byte[n];
            m.lineOriginal = new byte[n];
            m.instructionTools = new byte[n];
            m.instructionOriginal = new byte[n];
        }
        byte[] ins = co.instructions();
        int oparg = 0;
        for (int i = m.firstTraceable; i < n; ) {
            int op = baseOpcode(co, i);
            oparg = oparg << 8 | co.code[2 * i + 1] & 0xff;
            int ev = eventOf(op, oparg);
            if (op != EXTENDED_ARG) oparg = 0;
            if (ev >= 0 && ev < MonitoringEvents.LOCAL_EVENTS) {
                m.siteTools[i] = (byte) (m.siteTools[i] & ~removed[ev] | added[ev]);
            }
            if (m.lineStarts[i]) {
                int line = MonitoringEvents.LINE;
                m.lineTools[i] = (byte) (m.lineTools[i] & ~removed[line] | added[line]);
            }
            int insn = MonitoringEvents.INSTRUCTION;
            // CPython: RESUME and END_FOR never get INSTRUCTION events
            if (op != RESUME && op != END_FOR) {
                m.instructionTools[i] = (byte) (m.instructionTools[i] & ~removed[insn] | added[insn]);
            }
            write(ins, m, i, op);
            i += 1 + Opcode.cacheEntries(op);
        }
    }

    // ---- what the eval loop reads and changes at a site

    public static int lineOriginal(PyCode co, int i) {
        return co.monitors.lineOriginal[i] & 0xff;
    }

    /** Whether the LINE event at unit {@code i} fires whatever line the frame comes from (CodeMonitors#lineAlwaysChanges). */
    // CPython: Python/instrumentation.c (3.13.0) _Py_call_instrumentation_line, COMPUTED_LINE_LINENO_CHANGE
    public static boolean lineAlwaysChanges(PyCode co, int i) {
        return co.monitors.lineAlwaysChanges[i];
    }

    public static int instructionOriginal(PyCode co, int i) {
        return co.monitors.instructionOriginal[i] & 0xff;
    }

    /**
     * The tools C_RETURN and C_RAISE go to after the CALL at unit {@code i}: the site's tools,
     * or with a single tool per event the CALL event's active tools (a DISABLE from the CALL
     * callback only de-instrumented the site).
     */
    // CPython: Python/instrumentation.c get_tools_for_instruction (C_RETURN/C_RAISE as CALL), remove_tools
    public static int callResultTools(PyCode co, int i) {
        CodeMonitors m = co.monitors;
        if (m == null || m.siteTools == null) return 0;
        return m.multiTools ? m.siteTools[i] & 0xff : m.activeTools[MonitoringEvents.CALL] & 0xff;
    }

    public static int siteTools(PyCode co, int i) {
        CodeMonitors m = co.monitors;
        return m == null || m.siteTools == null ? 0 : m.siteTools[i] & 0xff;
    }

    public static int lineTools(PyCode co, int i) {
        return co.monitors.lineTools[i] & 0xff;
    }

    public static int instructionTools(PyCode co, int i) {
        return co.monitors.instructionTools[i] & 0xff;
    }

    /**
     * DISABLE at a site: the tools stop getting the site's event; with none left the plain
     * opcode returns. Under the monitoring lock, as callbacks on two threads may disable sites
     * of one code object while a third re-instruments it.
     */
    // CPython: Python/instrumentation.c remove_tools, remove_line_tools, remove_per_instruction_tools
    public static void disableSite(Monitoring mon, PyCode co, int i, int tools) {
        synchronized (mon.lock) {
            dev.pyjama.interp.LockOrder.enteredMonitoring();
            CodeMonitors m = co.monitors;
            m.siteTools[i] &= (byte) ~tools;
            write(co.instructions(), m, i, baseOpcode(co, i));
            jitAfterDisable(m, co);
        }
    }

    public static void disableLine(Monitoring mon, PyCode co, int i, int tools) {
        synchronized (mon.lock) {
            dev.pyjama.interp.LockOrder.enteredMonitoring();
            CodeMonitors m = co.monitors;
            m.lineTools[i] &= (byte) ~tools;
            write(co.instructions(), m, i, baseOpcode(co, i));
            jitAfterDisable(m, co);
        }
    }

    public static void disableInstruction(Monitoring mon, PyCode co, int i, int tools) {
        synchronized (mon.lock) {
            dev.pyjama.interp.LockOrder.enteredMonitoring();
            CodeMonitors m = co.monitors;
            m.instructionTools[i] &= (byte) ~tools;
            write(co.instructions(), m, i, baseOpcode(co, i));
            jitAfterDisable(m, co);
        }
    }

    /** Writes the opcodes of unit {@code i}: LINE over INSTRUCTION over the event's opcode over the base. */
    static void write(byte[] ins, CodeMonitors m, int i, int base) {
        int eventOp = m.siteTools[i] != 0 ? INSTRUMENTED[base] : base;
        int underLine = m.instructionTools[i] != 0 ? INSTRUMENTED_INSTRUCTION : eventOp;
        m.instructionOriginal[i] = (byte) eventOp;
        m.lineOriginal[i] = (byte) underLine;
        int top = m.lineTools[i] != 0 ? INSTRUMENTED_LINE : underLine;
        // CPython: de_instrument* write the warm-up counter into the cache of an opcode that is plain again
        if (top == base && (ins[2 * i] & 0xff) != base) dev.pyjama.interp.AdaptiveInlining.resetCounter(ins, i, base);
        // A release store: a thread that reads the new opcode (and then fences, see
        // Instrumented.acquire) sees the side tables written above.
        OPCODE.setRelease(ins, 2 * i, (byte) top);
    }

    private static final java.lang.invoke.VarHandle OPCODE = java.lang.invoke.MethodHandles.arrayElementVarHandle(byte[].class);

    /**
     * Marks the line starts: an instruction on a line other than the previous instruction's,
     * a jump target, an exception handler (each with a line); never END_FOR, END_SEND,
     * END_ASYNC_FOR or RESUME, nor anything before the first RESUME.
     */
    // CPython: Python/instrumentation.c initialize_lines
    private static void initialize(PyCode co, CodeMonitors m) {
        int n = co.code.length / 2;
        boolean[] starts = new boolean[n], alwaysChanges = new boolean[n];
        int first = 0;
        while (first < n && baseOpcode(co, first) != RESUME) first++;
        m.firstTraceable = first;
        int[] lines = new int[n];
        java.util.Arrays.fill(lines, -1);
        int current = -1;
        for (int i = 0; i < n; ) {
            int op = baseOpcode(co, i);
            int line = LineTable.addr2Line(co, 2 * i);
            lines[i] = line;
            if (i >= first && !isLineless(op)) {
                starts[i] = line != current && line >= 0;
                int delta = line - co.firstlineno - (i >> 4);
                alwaysChanges[i] = starts[i] && (delta > Byte.MAX_VALUE || delta <= -126);
                current = line;
            }
            i += 1 + Opcode.cacheEntries(op);
        }
        int oparg = 0;
        for (int i = first; i < n; ) {
            int op = baseOpcode(co, i);
            oparg = oparg << 8 | co.code[2 * i + 1] & 0xff;
            i += 1 + Opcode.cacheEntries(op);
            if (op == EXTENDED_ARG) continue;
            int target = jumpTarget(op, oparg, i);
            oparg = 0;
            if (target >= 0 && target < n && lines[target] >= 0) {
                starts[target] = true;
                alwaysChanges[target] = false; // reached by a jump: maybe from the same line
            }
        }
        for (ExceptionTable.Entry e : ExceptionTable.parse(co.exceptiontable)) {
            int h = e.target() / 2;
            if (h < n && lines[h] >= 0 && baseOpcode(co, h) != Opcode.byName("END_ASYNC_FOR")) starts[h] = true;
        }
        m.lineStarts = starts;
        m.lineAlwaysChanges = alwaysChanges;
    }

    private static boolean isLineless(int op) {
        String name = Opcode.name(op);
        return name.equals("END_ASYNC_FOR") || name.equals("END_FOR") || name.equals("END_SEND") || name.equals("RESUME");
    }

    /** Where a jump at the instruction before {@code next} goes (units), or -1 when it is no jump. */
    private static int jumpTarget(int op, int oparg, int next) {
        switch (Opcode.name(op)) {
            case "POP_JUMP_IF_FALSE": case "POP_JUMP_IF_TRUE": case "POP_JUMP_IF_NONE": case "POP_JUMP_IF_NOT_NONE":
            case "JUMP_FORWARD":
                return next + oparg;
            case "FOR_ITER": case "SEND":
                return next + oparg + 1; // past the END_FOR / END_SEND the loop's exit skips
            case "JUMP_BACKWARD": case "JUMP_BACKWARD_NO_INTERRUPT":
                return next - oparg;
            default:
                return -1;
        }
    }
}
