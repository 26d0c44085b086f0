package dev.pyjama.monitor;

import dev.pyjama.code.PyCode;
import dev.pyjama.objects.PyObject;

/**
 * A sys.monitoring callback written in Java (a profiler, a coverage collector, a debugger, the
 * legacy tracing adapters): called like a Python callback, with the same arguments, without a
 * Python call in between. Return {@link MonitoringModule#DISABLE} to stop getting a local
 * event at this location, anything else (null included) to go on.
 */
@FunctionalInterface
public interface MonitorCallback {
    /**
     * @param event the event id ({@link MonitoringEvents})
     * @param code the code object the event happened in (null for an event C code fires for an object
     *     of its own, {@link MonitoringCApi})
     * @param location the instruction's byte offset, or the line number for LINE
     * @param args the event's further arguments (return value, callable and first argument, exception,
     *     destination offset...), as the Python callback would receive them
     */
    PyObject call(int event, PyCode code, PyObject location, PyObject[] args);
}
