package dev.pyjama.interp;

/**
 * The debug check of design.md decision 7's lock order: the GIL, then the interpreter's
 * monitoring lock, then a thread's trace lock, never the reverse; callbacks run holding the
 * GIL only. Off unless the JVM runs with {@code -Dpyjama.lockOrderCheck=true} (or a test calls
 * {@link #setEnabled}); when on, each thread records which of the three locks it holds, and
 * any acquisition out of order throws {@link Violation}.
 *
 * <p>Lock owners call {@link #acquiring} before they block on a lock, {@link #acquired} once
 * they hold it and {@link #released} when they let go; code about to run a user callback
 * calls {@link #callingBack}.
 */
public final class LockOrder {
    private LockOrder() {}

    public static final int GIL = 0, MONITORING = 1, TRACE = 2;
    private static final String[] NAMES = {"the GIL", "the monitoring lock", "a trace lock"};

    /** A lock taken out of order: an AssertionError, so no Python handler catches it. */
    public static final class Violation extends AssertionError {
        Violation(String message) {
            super(message);
        }
    }

    private static volatile boolean enabled = Boolean.getBoolean("pyjama.lockOrderCheck");
    /** Per thread, how many times it holds each lock (the monitoring lock is reentrant). */
    private static final ThreadLocal<int[]> HELD = ThreadLocal.withInitial(() -> new int[3]);

    public static boolean isEnabled() {
        return enabled;
    }

    public static void setEnabled(boolean on) {
        enabled = on;
    }

    /** Checks that the calling thread may now wait for {@code lock}. */
    public static void acquiring(int lock) {
        if (!enabled) return;
        int[] held = HELD.get();
        for (int l = lock + (lock == MONITORING ? 1 : 0); l < held.length; l++) {
            if (held[l] > 0) {
                throw new Violation("lock order: taking " + NAMES[lock] + " while holding " + NAMES[l]
                        + " (the order is the GIL, the monitoring lock, a trace lock)");
            }
        }
    }

    public static void acquired(int lock) {
        if (enabled) HELD.get()[lock]++;
    }

    public static void released(int lock) {
        if (!enabled) return;
        int[] held = HELD.get();
        if (held[lock] > 0) held[lock]--;
    }

    /** Runs {@code body} holding {@code monitor} (a Java monitor in the order's {@code lock} slot). */
    public static void enterChecked(int lock) {
        acquiring(lock);
        acquired(lock);
    }

    /** A user callback is about to run: only the GIL may be held. */
    public static void callingBack() {
        if (!enabled) return;
        int[] held = HELD.get();
        if (held[MONITORING] > 0 || held[TRACE] > 0) {
            throw new Violation("lock order: a callback runs while holding "
                    + NAMES[held[MONITORING] > 0 ? MONITORING : TRACE] + " (callbacks run holding the GIL only)");
        }
    }

    /** Whether the calling thread holds {@code lock} as far as the check has recorded. */
    public static boolean holding(int lock) {
        return enabled && HELD.get()[lock] > 0;
    }
}
