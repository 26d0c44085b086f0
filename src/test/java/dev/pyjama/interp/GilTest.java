package dev.pyjama.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The GIL on Java threads, without Python code: inactive until activated; a waiter asks the
 * holder to drop it after the switch interval, the holder hands it over at its eval breaker
 * and waits until the waiter took it (FORCE_SWITCHING); finalizing ends waiting threads; the
 * lock-order check. Every wait is bounded; a timeout fails with a dump of every thread.
 */
class GilTest {
    private static final long TIMEOUT_SECONDS = 20;

    @AfterEach
    void reset() {
        ThreadState.current().gil = null;
        Gil.evalBreaker = false;
        LockOrder.setEnabled(false);
    }

    static void await(CountDownLatch latch, String what) throws InterruptedException {
        if (!latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) fail("timed out waiting for " + what + "\n" + threadDump());
    }

    static void join(Thread t) throws InterruptedException {
        t.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        if (t.isAlive()) fail("thread " + t.getName() + " did not finish\n" + threadDump());
    }

    static String threadDump() {
        StringBuilder sb = new StringBuilder();
        for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) sb.append(info);
        return sb.toString();
    }

    @Test
    void inactiveGilCostsNothing() {
        Gil gil = new Gil();
        ThreadState.current().gil = gil;
        assertFalse(gil.isActive());
        assertTrue(gil.holds());
        assertNull(Gil.release(), "nothing to release while only one thread exists");
        Gil.reacquire(null);
        assertEquals(5000, gil.switchIntervalMicros(), "CPython's default switch interval is 5 ms");
    }

    @Test
    void waiterGetsTheGilThroughTheEvalBreaker() throws Exception {
        Gil gil = new Gil();
        gil.setSwitchIntervalMicros(1000);
        ThreadState.current().gil = gil;
        gil.activate();
        assertTrue(gil.holds());
        CountDownLatch took = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try {
                ThreadState.current().gil = gil;
                gil.take();
                took.countDown();
                gil.drop(false);
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "gil-waiter");
        waiter.setDaemon(true);
        long start = System.nanoTime();
        waiter.start();
        // the holder "runs Python": it polls the eval breaker as RESUME and JUMP_BACKWARD do
        while (!Gil.evalBreaker) {
            if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS)) fail("no drop request\n" + threadDump());
            Thread.onSpinWait();
        }
        assertTrue(System.nanoTime() - start >= TimeUnit.MICROSECONDS.toNanos(1000), "asked before a whole interval passed");
        Gil.handleEvalBreaker(); // drops, waits for the waiter to take it, takes it back
        assertEquals(0, took.getCount(), "the waiter took the GIL before the holder came back");
        assertTrue(gil.holds());
        join(waiter);
        assertNull(failure.get());
        gil.drop(false);
    }

    @Test
    void releaseAroundBlockingCallsLetsOthersRun() throws Exception {
        Gil gil = new Gil();
        ThreadState.current().gil = gil;
        gil.activate();
        CountDownLatch ran = new CountDownLatch(1);
        Thread other = new Thread(() -> {
            ThreadState.current().gil = gil;
            gil.take();
            ran.countDown();
            gil.drop(false);
        }, "gil-other");
        other.setDaemon(true);
        other.start();
        Gil released = Gil.release();
        assertTrue(released == gil);
        await(ran, "the other thread to run while this one blocks");
        Gil.reacquire(released);
        assertTrue(gil.holds());
        join(other);
        gil.drop(false);
    }

    @Test
    void droppingAGilNotHeldIsAJavaError() {
        Gil gil = new Gil();
        gil.activate();
        gil.drop(false);
        assertThrows(IllegalStateException.class, () -> gil.drop(false));
    }

    @Test
    void finalizingEndsThreadsThatWantTheGil() throws Exception {
        Gil gil = new Gil();
        ThreadState.current().gil = gil;
        gil.activate();
        AtomicReference<Throwable> ended = new AtomicReference<>();
        CountDownLatch waiting = new CountDownLatch(1);
        Thread daemon = new Thread(() -> {
            waiting.countDown();
            try {
                gil.take();
            } catch (Throwable t) {
                ended.set(t);
            }
        }, "gil-daemon");
        daemon.setDaemon(true);
        daemon.start();
        await(waiting, "the daemon thread to start");
        gil.finalizeRuntime();
        join(daemon);
        assertTrue(ended.get() instanceof Gil.ThreadExit, "got " + ended.get());
        assertTrue(gil.holds(), "the finalizing thread keeps the GIL");
        assertThrows(Gil.ThreadExit.class, gil::take);
    }

    @Test
    void lockOrderCheckCatchesTheWrongOrder() {
        LockOrder.setEnabled(true);
        Interpreter interp = new Interpreter(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), java.nio.file.Path.of("."),
                java.util.List.of("x"), java.util.List.of());
        Gil gil = interp.gil;
        gil.activate(); // the GIL held
        synchronized (interp.monitoring.lock) {
            LockOrder.enteredMonitoring(); // the GIL, then the monitoring lock: fine
            LockOrder.acquiring(LockOrder.TRACE); // then a trace lock: fine
            LockOrder.acquired(LockOrder.TRACE);
            assertThrows(LockOrder.Violation.class, LockOrder::callingBack, "a callback under a trace lock");
            assertThrows(LockOrder.Violation.class, LockOrder::enteredMonitoring, "the monitoring lock after a trace lock");
            assertThrows(LockOrder.Violation.class, () -> LockOrder.acquiring(LockOrder.TRACE), "two trace locks");
            LockOrder.released(LockOrder.TRACE);
            assertThrows(LockOrder.Violation.class, LockOrder::callingBack, "a callback under the monitoring lock");
        }
        LockOrder.callingBack(); // the GIL only: fine
        assertTrue(LockOrder.firstViolation() != null);
        LockOrder.setEnabled(true); // forget the violations so far (and this thread's counts)
        LockOrder.acquired(LockOrder.GIL);
        gil.drop(false);
        synchronized (interp.monitoring.lock) {
            assertThrows(LockOrder.Violation.class, LockOrder::enteredMonitoring, "the monitoring lock without the GIL");
            assertThrows(LockOrder.Violation.class, gil::take, "the GIL after the monitoring lock");
        }
        gil.take();
        assertThrows(LockOrder.Violation.class, gil::take, "the GIL twice");
        gil.drop(false);
    }
}
