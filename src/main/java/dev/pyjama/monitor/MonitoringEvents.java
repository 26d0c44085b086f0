package dev.pyjama.monitor;

/**
 * The events of {@code sys.monitoring} in 3.13: event ids (the bit {@code 1 << id} stands for
 * the event in an event set), their names, and the groups CPython's tables use.
 */
// CPython: Include/cpython/monitoring.h PY_MONITORING_EVENT_*, Python/instrumentation.c event_names
public final class MonitoringEvents {
    private MonitoringEvents() {}

    public static final int PY_START = 0, PY_RESUME = 1, PY_RETURN = 2, PY_YIELD = 3, CALL = 4, LINE = 5,
            INSTRUCTION = 6, JUMP = 7, BRANCH = 8, STOP_ITERATION = 9, RAISE = 10, EXCEPTION_HANDLED = 11,
            PY_UNWIND = 12, PY_THROW = 13, RERAISE = 14, C_RETURN = 15, C_RAISE = 16;

    /** Events below this id are local: they need instrumented code and may be set per code object. */
    public static final int LOCAL_EVENTS = 10;
    /** Events that keep their own tool set; C_RETURN and C_RAISE follow CALL's. */
    public static final int UNGROUPED_EVENTS = 15;
    /** All events. */
    public static final int EVENTS = 17;

    /** The event set bits of C_RETURN and C_RAISE, and of the three call events together. */
    public static final int C_RETURN_EVENTS = (1 << C_RETURN) | (1 << C_RAISE);
    public static final int C_CALL_EVENTS = C_RETURN_EVENTS | (1 << CALL);

    /** Tool ids: six for users, then the legacy profiler and tracer (sys.setprofile / settrace). */
    public static final int TOOL_IDS = 8, SYS_PROFILE_ID = 6, SYS_TRACE_ID = 7;
    public static final int DEBUGGER_ID = 0, COVERAGE_ID = 1, PROFILER_ID = 2, OPTIMIZER_ID = 5;

    private static final String[] NAMES = {"PY_START", "PY_RESUME", "PY_RETURN", "PY_YIELD", "CALL", "LINE",
        "INSTRUCTION", "JUMP", "BRANCH", "STOP_ITERATION", "RAISE", "EXCEPTION_HANDLED", "PY_UNWIND", "PY_THROW",
        "RERAISE", "C_RETURN", "C_RAISE"};

    /** The name of event {@code id} ({@code sys.monitoring.events} attribute name). */
    public static String name(int id) {
        return NAMES[id];
    }
}
