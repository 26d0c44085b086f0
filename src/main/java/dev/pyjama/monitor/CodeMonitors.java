package dev.pyjama.monitor;

/**
 * The monitoring state of one code object: for each local event, the set of tools that asked
 * for it on this code alone ({@code set_local_events}), one bit per tool. Made on first use;
 * instrumentation will add the code's version and its per-instruction tables here.
 */
// CPython: Include/cpython/code.h _PyCoMonitoringData (local_monitors)
public final class CodeMonitors {
    /** Indexed by local event id: a bitmask of tool ids. */
    final byte[] localTools = new byte[MonitoringEvents.LOCAL_EVENTS];

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
