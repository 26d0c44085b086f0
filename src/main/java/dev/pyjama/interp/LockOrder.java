package dev.pyjama.interp;

/**
 * The debug check of design.md decision 7's lock order: the GIL, then the interpreter's
 * monitoring lock, then a thread's trace lock, never the reverse; callbacks run holding the
 * GIL only. Off unless the JVM runs with {@code -Dpyjama.lockOrderCheck=true} (or a test calls
 * {@link #setEnabled}). When on, an acquisition out of order throws {@link Violation} (an
 * AssertionError, which no Python handler catches) and {@link #firstViolation} keeps the first
 * one, so a test sees violations that happened on Python threads too.
 *
 * <p>What is checked where: {@link Gil#take} checks that the thread holds none of the three;
 * code that has just entered {@code synchronized (monitoring.lock)} calls
 * {@link #enteredMonitoring} (no trace lock may be held, and the GIL must be, once threads
 * exist); a trace lock's owner calls {@link #acquiring}/{@link #acquired}/{@link #released}
 * with {@link #TRACE}; the monitoring dispatcher calls {@link #callingBack} before each
 * callback. The monitoring lock is a Java monitor, so "holds it" is
 * {@link Thread#holdsLock} on the running interpreter's lock.
 */
public final class LockOrder {
    private LockOrder() {}

    public static final int GIL = 0, MONITORING = 1, TRACE = 2;
    private static final String[] NAMES = {"the GIL", "the monitoring lock", "a trace lock"};

    /** A lock taken out of order. */
    public static final class Violation extends AssertionError {
        Violation(String message) {
            super(message);
        }
    }

    private static volatile boolean enabled = Boolean.getBoolean("pyjama.lockOrderCheck");
    private static volatile Violation first;
    /** Per thread, how many times it holds the GIL and trace locks (index MONITORING unused). */
    private static final ThreadLocal<int[]> HELD = ThreadLocal.withInitial(() -> new int[3]);

    public static boolean isEnabled() {
        return enabled;
    }

    public static void setEnabled(boolean on) {
        enabled = on;
        first = null;
        HELD.remove();
    }

    /** The first violation seen since the check was enabled, or null. */
    public static Violation firstViolation() {
        return first;
    }

    private static Violation violation(String message) {
        Violation v = new Violation("lock order: " + message + " (the order is the GIL, the monitoring lock, a trace lock;"
                + " callbacks hold the GIL only)");
        if (first == null) first = v;
        return v;
    }

    private static boolean holdsMonitoring() {
        Interpreter in = Interpreter.current();
        return in != null && Thread.holdsLock(in.monitoring.lock);
    }

    /** Checks that the calling thread may now wait for {@code lock} (GIL or TRACE). */
    public static void acquiring(int lock) {
        if (!enabled) return;
        int[] held = HELD.get();
        if (held[TRACE] > 0) throw violation("taking " + NAMES[lock] + " while holding a trace lock");
        if (lock == GIL) {
            if (held[GIL] > 0) throw violation("taking the GIL while holding it");
            if (holdsMonitoring()) throw violation("taking the GIL while holding the monitoring lock");
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

    /** Called first thing inside {@code synchronized (monitoring.lock)}. */
    public static void enteredMonitoring() {
        if (!enabled) return;
        int[] held = HELD.get();
        if (held[TRACE] > 0) throw violation("taking the monitoring lock while holding a trace lock");
        Interpreter in = Interpreter.current();
        if (in != null && in.gil.isActive() && held[GIL] == 0) {
            throw violation("taking the monitoring lock without the GIL");
        }
    }

    /** A user callback is about to run: only the GIL may be held (and must be, once threads exist). */
    public static void callingBack() {
        if (!enabled) return;
        int[] held = HELD.get();
        if (held[TRACE] > 0) throw violation("a callback runs while holding a trace lock");
        if (holdsMonitoring()) throw violation("a callback runs while holding the monitoring lock");
        Interpreter in = Interpreter.current();
        if (in != null && in.gil.isActive() && held[GIL] == 0) throw violation("a callback runs without the GIL");
    }
}
