package dev.pyjama;

/** The PEP 669 events of {@code sys.monitoring.events}, in CPython 3.13's numbering. */
// CPython: Include/cpython/monitoring.h PY_MONITORING_EVENT_*
public enum MonitoringEvent {
    PY_START, PY_RESUME, PY_RETURN, PY_YIELD, CALL, LINE, INSTRUCTION, JUMP, BRANCH, STOP_ITERATION,
    RAISE, EXCEPTION_HANDLED, PY_UNWIND, PY_THROW, RERAISE, C_RETURN, C_RAISE;

    /** The event's bit in an event set ({@code sys.monitoring.events.LINE} is {@code 1 << LINE.ordinal()}). */
    public int bit() {
        return 1 << ordinal();
    }
}
