package dev.pyjama;

/**
 * A {@code sys.monitoring} callback written in Java, registered with
 * {@link PythonInterpreter#monitor}. It runs on the interpreter's thread while Python waits.
 * Returning false is {@code sys.monitoring.DISABLE}: the event stops firing at this location
 * (for local events: LINE, INSTRUCTION, PY_START, CALL...) until
 * {@link PythonInterpreter.Monitor#restartEvents()}; true goes on. An exception it throws
 * surfaces from the running call.
 */
@FunctionalInterface
public interface MonitoringListener {
    boolean event(MonitoringEvent event, CodeLocation where);
}
