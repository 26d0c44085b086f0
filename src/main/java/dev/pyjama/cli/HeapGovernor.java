package dev.pyjama.cli;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/**
 * Bounds the old generation of the {@code pyjama} command's heap by the live data, as CPython's
 * collector bounds its garbage: a full collection when the heap in use after a young collection
 * has grown past twice what the last full collection left (and at least {@link #MIN_GROWTH} more).
 *
 * <p>Why: the launcher runs the JVM with the serial collector (the cheapest for a
 * single-threaded interpreter), and that collector never collects its old generation while the
 * generation can still grow: it counts the uncommitted part of the maximum heap (a quarter of
 * the machine's memory) as free space for promotion. So the short-lived objects a young
 * collection promotes (an interpreter's frames and temporaries live across many allocations)
 * piled up as garbage: bench/suite's dicts_sets touched 280 MB of heap for a live set of 25 MB.
 *
 * <p>How: a weakly held sentinel object is cleared by every collection; this daemon thread waits
 * for that on a reference queue (no polling, no CPU while the program runs), re-arms it and looks at
 * {@link Runtime#totalMemory} minus {@link Runtime#freeMemory}: no management beans, which
 * would cost start-up time. {@code -Dpyjama.heapGovernor=false} turns it off.
 */
public final class HeapGovernor implements Runnable {
    /** The old generation may gain at least this much garbage between full collections (-Dpyjama.heapGrowthMB). */
    static final long MIN_GROWTH = Long.getLong("pyjama.heapGrowthMB", 48) << 20;

    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    /** Kept reachable, so that the reference object itself stays and gets enqueued. */
    @SuppressWarnings("unused")
    private WeakReference<Object> sentinel;

    private HeapGovernor() {}

    /** Starts the governor (Main does; so does tools.SuiteRunner, whose times are compared with Main's). */
    public static void start() {
        if ("false".equals(System.getProperty("pyjama.heapGovernor"))) return;
        Thread t = new Thread(null, new HeapGovernor(), "pyjama-heap-governor", 64 << 10);
        t.setDaemon(true);
        t.start();
    }

    private void arm() {
        sentinel = new WeakReference<>(new Object(), queue);
    }

    @Override
    public void run() {
        Runtime rt = Runtime.getRuntime();
        long limit = MIN_GROWTH;
        arm();
        try {
            while (true) {
                queue.remove();  // a collection cleared the sentinel
                arm();
                long used = rt.totalMemory() - rt.freeMemory();
                if (used > limit) {
                    System.gc();  // the serial collector's full collection: compacts the old generation
                    long live = rt.totalMemory() - rt.freeMemory();
                    limit = live + Math.max(live, MIN_GROWTH);
                }
            }
        } catch (InterruptedException e) {
            // the JVM is exiting
        }
    }
}
