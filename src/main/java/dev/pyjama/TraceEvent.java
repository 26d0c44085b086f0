package dev.pyjama;

/**
 * One event of {@code sys.settrace}/{@code sys.setprofile} delivered to a Java
 * {@link TraceListener}: what happened, and where (file, function, current line of the frame).
 * For the C_CALL family {@link #function()} is the built-in function's name and the location
 * is the calling frame's. Valid only during the listener's call.
 */
public record TraceEvent(Kind kind, String filename, String function, int line, int firstLine) {
    /** The legacy events, as a Python trace function sees them ({@code 'call'}, {@code 'line'}...). */
    // CPython: Include/cpython/pystate.h PyTrace_CALL ... PyTrace_OPCODE (the same order)
    public enum Kind { CALL, EXCEPTION, LINE, RETURN, C_CALL, C_EXCEPTION, C_RETURN, OPCODE }
}
