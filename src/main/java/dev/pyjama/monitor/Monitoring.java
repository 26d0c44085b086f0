package dev.pyjama.monitor;

import dev.pyjama.code.PyCode;
import dev.pyjama.objects.PyObject;

/**
 * The monitoring state of one interpreter: tool names, callbacks, the global event sets (for
 * each event, the set of tools that want it everywhere) and the monitoring version that code
 * objects will compare with theirs to know when to re-instrument. Changes happen under
 * {@link #lock}, the interpreter's monitoring lock (design.md, decision 7: the GIL, then this
 * lock, then a thread's trace lock).
 *
 * <p>Changes take the lock; what events read as they fire (callbacks, global tools, versions)
 * is read without it (see the tables' comment), so instrumented code on one thread never waits
 * for another changing events. Instrumentation of code objects is in {@link Instrumentation}.
 */
// CPython: Include/internal/pycore_interp.h (monitors, monitoring_callables, monitoring_tool_names),
// Python/instrumentation.c
public final class Monitoring {
    /** The interpreter's monitoring lock. */
    public final Object lock = new Object();

    /** What this interpreter's programs used of the machinery, or null when counting is off ({@link UsageCounts}). */
    public final UsageCounts usage = UsageCounts.ENABLED ? new UsageCounts() : null;

    /** Legacy tracing (tools 7 and 6): whether its adapters are registered, and how many threads trace / profile. */
    // CPython: Include/internal/pycore_interp.h sys_trace_initialized, sys_tracing_threads (and profile's)
    boolean sysTraceInitialized, sysProfileInitialized;
    int sysTracingThreads, sysProfilingThreads;

    private final PyObject[] toolNames = new PyObject[MonitoringEvents.TOOL_IDS];
    // What events read on their way (which tools want an event, their callbacks) is read without
    // the lock: each table is replaced whole under the lock (copy on write) and published through a
    // volatile field, so a thread running instrumented code sees one table or the next, never a
    // half-written one, while another thread changes tools or events.
    /** Indexed by tool * EVENTS + event id. */
    private volatile PyObject[] callbacks = new PyObject[MonitoringEvents.TOOL_IDS * MonitoringEvents.EVENTS];
    /** Callbacks written in Java, called instead of a Python callback of the same tool and event. */
    private volatile MonitorCallback[] javaCallbacks = new MonitorCallback[MonitoringEvents.TOOL_IDS * MonitoringEvents.EVENTS];
    /** Indexed by ungrouped event id: a bitmask of the tools that set the event globally. */
    private volatile byte[] globalTools = new byte[MonitoringEvents.UNGROUPED_EVENTS];
    /** Bumped by every change of the global event sets and by restart_events (under the lock). */
    private volatile long version;

    /**
     * The newest monitoring version of any interpreter in the JVM, read by RESUME on every call:
     * code whose {@code monitoringVersion} differs is brought up to date first. Versions come
     * from one JVM-wide sequence ({@link #nextVersion}), so several embedded interpreters never
     * reuse one another's numbers: a change in one only costs the others' code one more update.
     * 0 while no interpreter ever changed its events.
     */
    // CPython: the monitoring version in the high bits of eval_breaker
    public static volatile long globalVersion;

    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong();

    /** A version newer than every version handed out so far, in any interpreter. */
    private static long nextVersion() {
        return SEQUENCE.incrementAndGet();
    }
    private long lastRestartVersion;

    /** The name of tool {@code tool}, or null when it is free. */
    public PyObject toolName(int tool) {
        synchronized (lock) {
            dev.pyjama.interp.LockOrder.enteredMonitoring();
            return toolNames[tool];
        }
    }

    /** Claims a tool; false when it is in use already. */
    public boolean useTool(int tool, PyObject name) {
        synchronized (lock) {
            dev.pyjama.interp.LockOrder.enteredMonitoring();
            if (toolNames[tool] != null) return false;
            toolNames[tool] = name;
            return true;
        }
    }

    /**
     * Frees a tool's name. As in 3.13.0, its callbacks and events stay set: they apply again
     * when the id is claimed anew.
     */
    // CPython: Python/instrumentation.c monitoring_free_tool_id_impl (3.13.0)
    public void freeTool(int tool) {
        synchronized (lock) {
            dev.pyjama.interp.LockOrder.enteredMonitoring();
            toolNames[tool] = null;
        }
    }

    /** Whether {@code tool} may set events: a user tool must be in use; 6 and 7 always may. */
    // CPython: Python/instrumentation.c check_tool
    public boolean inUse(int tool) {
        synchronized (lock) {
            dev.pyjama.interp.LockOrder.enteredMonitoring();
            return tool >= MonitoringEvents.SYS_PROFILE_ID || toolNames[tool] != null;
        }
    }

    /** Sets the callback of (tool, event) and returns the previous one (null for none). */
    // CPython: Python/instrumentation.c _PyMonitoring_RegisterCallback
    public PyObject registerCallback(int tool, int eventId, PyObject func) {
        synchronized (lock) {
            dev.pyjama.interp.LockOrder.enteredMonitoring();
            PyObject[] table = callbacks.clone();
            int at = tool * MonitoringEvents.EVENTS + eventId;
            PyObject old = table[at];
            table[at] = func;
            callbacks = table;
            return old;
        }
    }

    /**
     * Registers a callback written in Java for (tool, event) and returns the previous one. It
     * takes precedence over a Python callback of the same tool and event; null removes it.
     */
    public MonitorCallback registerJavaCallback(int tool, int eventId, MonitorCallback callback) {
        synchronized (lock) {
            dev.pyjama.interp.LockOrder.enteredMonitoring();
            MonitorCallback[] table = javaCallbacks.clone();
            int at = tool * MonitoringEvents.EVENTS + eventId;
            MonitorCallback old = table[at];
            table[at] = callback;
            javaCallbacks = table;
            return old;
        }
    }

    /** The Java callback of (tool, event), or null (lock-free: read as events fire). */
    public MonitorCallback javaCallback(int tool, int eventId) {
        return javaCallbacks[tool * MonitoringEvents.EVENTS + eventId];
    }

    /** The callback of (tool, event), or null (lock-free: read as events fire). */
    public PyObject callback(int tool, int eventId) {
        return callbacks[tool * MonitoringEvents.EVENTS + eventId];
    }

    /** The global event set of {@code tool}. */
    // CPython: Python/instrumentation.c get_events
    public int events(int tool) {
        byte[] tools = globalTools;
        int set = 0;
        for (int e = 0; e < MonitoringEvents.UNGROUPED_EVENTS; e++) {
            if ((tools[e] >> tool & 1) != 0) set |= 1 << e;
        }
        return set;
    }

    /** Sets the global event set of {@code tool} (ungrouped events only; the caller checked it). */
    // CPython: Python/instrumentation.c _PyMonitoring_SetEvents, set_events
    public void setEvents(int tool, int events) {
        synchronized (lock) {
            dev.pyjama.interp.LockOrder.enteredMonitoring();
            if (events(tool) == events) return;
            byte[] tools = globalTools.clone();
            for (int e = 0; e < MonitoringEvents.UNGROUPED_EVENTS; e++) {
                tools[e] = (byte) (tools[e] & ~(1 << tool) | (events >> e & 1) << tool);
            }
            globalTools = tools;
            version = nextVersion();
            globalVersion = version;
        }
    }

    /**
     * Whether any tool set any event globally: code no tool asked for locally (importlib's, which
     * runs an import when a tool could see it) then fires events. Lock-free.
     */
    public boolean anyGlobalEvents() {
        for (byte b : globalTools) {
            if (b != 0) return true;
        }
        return false;
    }

    /** The tools that set event {@code eventId} globally, as a bitmask (lock-free). */
    public int toolsFor(int eventId) {
        return globalTools[eventId] & 0xff;
    }

    /** The local event set {@code tool} has on {@code code}. */
    public int localEvents(PyCode code, int tool) {
        synchronized (lock) {
            dev.pyjama.interp.LockOrder.enteredMonitoring();
            CodeMonitors m = code.monitors;
            return m == null ? 0 : m.events(tool);
        }
    }

    /** Sets the local event set of {@code tool} on {@code code} (local events only; checked by the caller). */
    // CPython: Python/instrumentation.c _PyMonitoring_SetLocalEvents
    public void setLocalEvents(PyCode code, int tool, int events) {
        synchronized (lock) {
            dev.pyjama.interp.LockOrder.enteredMonitoring();
            if (code.monitors == null) code.monitors = new CodeMonitors();
            code.monitors.setEvents(tool, events);
        }
    }

    /** {@code restart_events()}: a new version that re-arms every site a callback disabled. */
    // CPython: Python/instrumentation.c monitoring_restart_events_impl
    public void restartEvents() {
        synchronized (lock) {
            dev.pyjama.interp.LockOrder.enteredMonitoring();
            lastRestartVersion = nextVersion();
            version = nextVersion();
            globalVersion = version;
        }
    }

    /** The current monitoring version (code instrumented at an older version is out of date). */
    public long version() {
        return version;
    }

    /** The version of the last restart_events(): code instrumented before it is rebuilt whole. */
    public long lastRestartVersion() {
        synchronized (lock) {
            dev.pyjama.interp.LockOrder.enteredMonitoring();
            return lastRestartVersion;
        }
    }
}
