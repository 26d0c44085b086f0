package dev.pyjama.parity;

import org.opentest4j.AssertionFailedError;

/**
 * A parity failure: the message (a diff) says everything, so it carries no Java stack trace,
 * which would only bury hundreds of readable diffs under identical frames.
 */
final class ParityMismatch extends AssertionFailedError {
    private static final long serialVersionUID = 1L;

    ParityMismatch(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
