package dev.pyjama.modules;

import java.io.IOException;
import java.nio.channels.Selector;

/**
 * One java.nio {@link Selector} per thread, reused by every wait on sockets (a blocking recv,
 * select.select, poll): opening a selector costs descriptors of the JVM's own, so none is opened
 * per call. Users cancel their keys and flush them ({@code selectNow}) before returning.
 */
final class Selectors {
    private Selectors() {}

    private static final ThreadLocal<Selector> LOCAL = ThreadLocal.withInitial(() -> {
        try {
            return Selector.open();
        } catch (IOException e) {
            throw ModuleSupport.osError(24, null); // EMFILE: the JVM has no descriptor left
        }
    });

    static Selector local() {
        return LOCAL.get();
    }
}
