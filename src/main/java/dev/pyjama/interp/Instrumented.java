package dev.pyjama.interp;

import dev.pyjama.code.CodeUnits;
import dev.pyjama.code.LineTable;
import dev.pyjama.code.Opcode;
import dev.pyjama.code.PyCode;
import dev.pyjama.monitor.Dispatch;
import dev.pyjama.monitor.Instrumentation;
import dev.pyjama.monitor.Monitoring;
import dev.pyjama.monitor.MonitoringEvents;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyInt;
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
            INSTRUMENTED_RESUME = Opcode.byName("INSTRUMENTED_RESUME");

    private static Monitoring monitoring() {
        return Interpreter.current().monitoring;
    }

    /** RESUME: brings the code up to date when the monitoring version moved since it was instrumented. */
    static void update(PyCode co) {
        Instrumentation.update(co, monitoring());
    }

    /**
     * Runs the monitoring part of the instrumented opcode {@code op} at unit {@code here}
     * ({@code prev}: the unit run before it in this frame) and returns the opcode to run now.
     */
    static int before(PyFrame f, int here, int prev, int op, int oparg, PyObject[] s, int sp) {
        PyCode co = f.code;
        var m = co.monitors;
        Monitoring mon = monitoring();
        ThreadState ts = ThreadState.current();
        if (op == Instrumentation.INSTRUMENTED_LINE) {
            if (ts.tracing == 0) line(mon, co, here, prev);
            op = Instrumentation.lineOriginal(co, here);
        }
        if (op == Instrumentation.INSTRUMENTED_INSTRUCTION) {
            if (ts.tracing == 0) {
                int disabled = Dispatch.fire(mon, Instrumentation.instructionTools(co, here), MonitoringEvents.INSTRUCTION, co,
                        Dispatch.offset(here));
                if (disabled != 0) Instrumentation.disableInstruction(co, here, disabled);
            }
            op = Instrumentation.instructionOriginal(co, here);
        }
        if (op < Instrumentation.MIN_INSTRUMENTED) return op;
        int base = CodeUnits.baseOpcode(op);
        if (op == INSTRUMENTED_RESUME && co.monitoringVersion != Monitoring.globalVersion) {
            // CPython: INSTRUMENTED_RESUME checks the version first; the site may not be instrumented any more
            Instrumentation.update(co, mon);
            op = co.instructions()[2 * here] & 0xff;
            if (op < Instrumentation.MIN_INSTRUMENTED) return op;
        }
        if (ts.tracing != 0 || m == null) return base;
        int tools = Instrumentation.siteTools(co, here);
        if (tools == 0) return base;
        int next = here + 1 + Opcode.cacheEntries(base);
        int disabled;
        if (base == RESUME) {
            int event = (oparg & 3) == 0 ? MonitoringEvents.PY_START : MonitoringEvents.PY_RESUME;
            disabled = Dispatch.fire(mon, tools, event, co, Dispatch.offset(here));
        } else if (base == RETURN_VALUE || base == RETURN_CONST) {
            PyObject value = base == RETURN_VALUE ? s[sp - 1] : co.consts[oparg];
            disabled = Dispatch.fire(mon, tools, MonitoringEvents.PY_RETURN, co, Dispatch.offset(here), value);
        } else if (base == YIELD_VALUE) {
            disabled = Dispatch.fire(mon, tools, MonitoringEvents.PY_YIELD, co, Dispatch.offset(here), s[sp - 1]);
        } else if (base == JUMP_FORWARD || base == JUMP_BACKWARD) {
            int dest = base == JUMP_FORWARD ? next + oparg : next - oparg;
            disabled = Dispatch.fire(mon, tools, MonitoringEvents.JUMP, co, Dispatch.offset(here), Dispatch.offset(dest));
        } else {
            PyObject cond = s[sp - 1];
            boolean taken = base == POP_JUMP_IF_TRUE ? cond == PyBool.TRUE : base == POP_JUMP_IF_FALSE ? cond == PyBool.FALSE
                    : base == POP_JUMP_IF_NONE ? cond == PyNone.NONE : cond != PyNone.NONE;
            disabled = Dispatch.fire(mon, tools, MonitoringEvents.BRANCH, co, Dispatch.offset(here),
                    Dispatch.offset(taken ? next + oparg : next));
        }
        if (disabled != 0) Instrumentation.disableSite(co, here, disabled);
        return base;
    }

    /** INSTRUMENTED_LINE: the LINE event, unless the previous instruction was on the same line and no RESUME. */
    // CPython: Python/instrumentation.c _Py_call_instrumentation_line
    private static void line(Monitoring mon, PyCode co, int here, int prev) {
        int line = LineTable.addr2Line(co, 2 * here);
        int prevLine = LineTable.addr2Line(co, 2 * prev);
        if (prevLine == line) {
            int prevOp = co.instructions()[2 * prev] & 0xff;
            if (prevOp != RESUME && prevOp != INSTRUMENTED_RESUME) return;
        }
        int tools = Instrumentation.lineTools(co, here);
        if (tools == 0) return;
        int disabled = Dispatch.fire(mon, tools, MonitoringEvents.LINE, co, PyInt.of(line));
        if (disabled != 0) Instrumentation.disableLine(co, here, disabled);
    }
}
