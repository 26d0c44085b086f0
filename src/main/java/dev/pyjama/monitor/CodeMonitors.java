package dev.pyjama.monitor;

/**
 * The monitoring state of one code object: the local event sets tools asked for on this code
 * alone ({@code set_local_events}), the union of tools each event had when the code was last
 * instrumented, and per code unit the tools still armed at each instrumented site (a callback
 * returning DISABLE removes its tool from one site until {@code restart_events()}). LINE
 * and INSTRUCTION keep the opcode they cover in side tables, as CPython does.
 */
// CPython: Include/cpython/code.h _PyCoMonitoringData (local_monitors, active_monitors, tools,
// lines, line_tools, per_instruction_opcodes, per_instruction_tools)
public final class CodeMonitors {
    /** Indexed by local event id: a bitmask of tool ids (set_local_events). */
    final byte[] localTools = new byte[MonitoringEvents.LOCAL_EVENTS];
    /** Indexed by local event id: the tools instrumented into the code at the last update. */
    final byte[] activeTools = new byte[MonitoringEvents.LOCAL_EVENTS];
    /**
     * Whether an update ever saw two tools on one local event here: CPython then allocates
     * the per-unit tool arrays for good; until then a site's tools are the event's active
     * tools, even at a site a callback has just disabled (what C_RETURN after a DISABLEd CALL
     * sees in the same execution).
     */
    boolean multiTools;
    /** Whether CPython would have allocated per_instruction_tools (see Instrumentation.update). */
    boolean instructionToolsAllocated;
    /** Whether CPython would have allocated line_tools (see Instrumentation.update). */
    boolean lineToolsAllocated;
    /** Per code unit: the tools armed for the event of the INSTRUMENTED_* opcode there. */
    byte[] siteTools;
    /** Per code unit: the tools armed for LINE there, and the opcode INSTRUMENTED_LINE covers. */
    byte[] lineTools, lineOriginal;
    /** Per code unit: the tools armed for INSTRUCTION there, and the opcode it covers. */
    byte[] instructionTools, instructionOriginal;
    /** Per code unit: whether a LINE event may fire there (CPython's line starts); computed once. */
    boolean[] lineStarts;
    /**
     * Per code unit: a line start CPython 3.13.0 marks COMPUTED_LINE_LINENO_CHANGE (reached in
     * sequence from another line, its line too far from {@code co_firstlineno + unit / 16} for
     * the 8-bit delta, and no jump target): its LINE event fires without comparing with the
     * previous instruction's line. Computed with {@link #lineStarts}.
     */
    boolean[] lineAlwaysChanges;
    /** The index of the code's first RESUME: nothing before it is instrumented. */
    int firstTraceable;

    /** The local events {@code tool} has set on this code, as an event set. */
    int events(int tool) {
        int set = 0;
        for (int e = 0; e < MonitoringEvents.LOCAL_EVENTS; e++) {
            if ((localTools[e] >> tool & 1) != 0) set |= 1 << e;
        }
        return set;
    }

    void setEvents(int tool, int events) {
        for (int e = 0; e < MonitoringEvents.LOCAL_EVENTS; e++) {
            localTools[e] = (byte) (localTools[e] & ~(1 << tool) | (events >> e & 1) << tool);
        }
    }
}
