package dev.pyjama.monitor;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How often each part of the monitoring machinery was used by one program: sys.monitoring
 * events delivered to a user tool's callback ({@code event:PY_START}), misuse errors
 * sys.monitoring raised ({@code error:invalid_tool}) and legacy adapters that ran
 * ({@code adapter:sys_trace_line_func}). The parity suite reads these to check that its
 * programs exercise every event, error and adapter at least once.
 *
 * <p>Off unless the environment variable {@value #ENV} or the system property
 * {@value #PROPERTY} names a file: {@link #ENABLED} is a constant read once, so the JIT drops
 * the counting code otherwise. When on, each interpreter appends its counts at exit to that
 * file, one line per key: {@code SCRIPT<TAB>KEY<TAB>COUNT} (SCRIPT: the main script's absolute
 * path, or {@code -} for none).
 */
public final class UsageCounts {
    public static final String ENV = "PYJAMA_USAGE_COUNTS", PROPERTY = "pyjama.usageCounts";

    /** The file counts go to, or null when counting is off. */
    public static final String FILE = file();
    public static final boolean ENABLED = FILE != null;

    private static String file() {
        String f = System.getProperty(PROPERTY);
        if (f == null || f.isBlank()) f = System.getenv(ENV);
        return f == null || f.isBlank() ? null : f;
    }

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    /** Counts one use of {@code key}. */
    public void add(String key) {
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** An event delivered to a callback of a user tool (0-5); the legacy tools count their adapters instead. */
    static void event(Monitoring mon, int tool, int event) {
        if (ENABLED && tool < MonitoringEvents.SYS_PROFILE_ID) mon.usage.add("event:" + MonitoringEvents.name(event));
    }

    /** A misuse error sys.monitoring raises, by a stable key per message kind. */
    static void error(Monitoring mon, String kind) {
        if (ENABLED) mon.usage.add("error:" + kind);
    }

    /** A legacy adapter that ran (CPython's function name in Python/legacy_tracing.c). */
    static void adapter(Monitoring mon, String name) {
        if (ENABLED) mon.usage.add("adapter:" + name);
    }

    /** The counts so far, sorted by key. */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /**
     * Appends the counts of {@code mon}'s interpreter, which ran {@code script}, to {@link #FILE}
     * (nothing when counting is off or nothing was counted). Several interpreters of one JVM may
     * write at once: a whole record goes in one locked append.
     */
    public static void writeAtExit(Monitoring mon, Path script) {
        if (!ENABLED) return;
        Map<String, Long> snap = mon.usage.snapshot();
        if (snap.isEmpty()) return;
        String who = script == null ? "-" : script.toAbsolutePath().normalize().toString();
        StringBuilder sb = new StringBuilder();
        snap.forEach((k, v) -> sb.append(who).append('\t').append(k).append('\t').append(v).append('\n'));
        synchronized (UsageCounts.class) {
            try (FileChannel ch = FileChannel.open(Path.of(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
                 FileLock lock = ch.lock()) {
                ch.write(java.nio.ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                // counting is a diagnostic: a bad path must not change how the program ends
                System.err.println("pyjama: cannot write usage counts to " + FILE + ": " + e);
            }
        }
    }
}
