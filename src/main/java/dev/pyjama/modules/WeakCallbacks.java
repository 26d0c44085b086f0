package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Gil;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The callbacks of weak references ({@code weakref.ref(o, callback)}, and so
 * {@code weakref.finalize}, WeakValueDictionary, WeakKeyDictionary and WeakSet, whose entries
 * go by callbacks). CPython calls them when the referent's reference count reaches zero;
 * pyjama has no reference counts (design.md decision 11), so they run once the JVM has
 * collected the referent: a daemon thread takes the cleared references off a ReferenceQueue
 * and asks the referent's interpreter to run them at its next eval-breaker check (never on
 * that thread: Python code runs with the GIL only), and {@code gc.collect()} collects, waits
 * until every reference the collection cleared has been handed over, then runs them, so
 * {@code del x; gc.collect()} prints what CPython prints at {@code del x}.
 *
 * <p>A ref with a callback holds its {@link Watched} reference and that holds the ref back:
 * when the ref itself is unreachable the JVM never enqueues the pair, as CPython drops the
 * callback of a weakref that dies first. Refs to one object run newest first, CPython's order
 * (a callback ref is inserted after the basic refs, ahead of older callback refs).
 */
// CPython: Objects/weakrefobject.c PyObject_ClearWeakRefs, handle_callback, insert_after
final class WeakCallbacks {
    private WeakCallbacks() {}

    private static final ReferenceQueue<PyObject> QUEUE = new ReferenceQueue<>();
    private static final AtomicLong SEQ = new AtomicLong();
    /** Every watched reference, weakly (a Watched lives as long as its ref): what gc.collect() waits for. */
    private static final Set<WeakReference<Watched>> WATCHED = ConcurrentHashMap.newKeySet();
    /** The entries of WATCHED whose ref died with its referent (never enqueued): pruned as new ones come. */
    private static final ReferenceQueue<Watched> GONE = new ReferenceQueue<>();
    /** Cleared references handed over, whose callbacks have not run. */
    private static final ConcurrentLinkedQueue<Watched> DEAD = new ConcurrentLinkedQueue<>();
    private static volatile boolean started;

    /** The weak reference of a ref that has a callback. */
    static final class Watched extends WeakReference<PyObject> {
        final WeakrefModule.Ref ref;
        final Gil gil;
        final long seq = SEQ.incrementAndGet();
        final AtomicBoolean claimed = new AtomicBoolean();
        /** Set once the reference is in DEAD (or forgotten): what {@link #collected} waits for. */
        volatile boolean settled;
        final WeakReference<Watched> self = new WeakReference<>(this, GONE);

        Watched(PyObject o, WeakrefModule.Ref ref, Gil gil) {
            super(o, QUEUE);
            this.ref = ref;
            this.gil = gil;
        }
    }

    /** The weak reference for {@code ref} to {@code o}, whose callback will run when o is collected. */
    static WeakReference<PyObject> watch(PyObject o, WeakrefModule.Ref ref) {
        if (!started) start();
        for (java.lang.ref.Reference<? extends Watched> gone; (gone = GONE.poll()) != null; ) WATCHED.remove(gone);
        Watched w = new Watched(o, ref, Interpreter.current().gil);
        WATCHED.add(w.self);
        return w;
    }

    /** The reference was ended by pyjama itself ({@link WeakrefModule#kill}): no callback through here. */
    static void forget(WeakReference<PyObject> r) {
        if (r instanceof Watched w) {
            w.claimed.set(true);
            w.settled = true;
            WATCHED.remove(w.self);
        }
    }

    private static synchronized void start() {
        if (started) return;
        Thread t = new Thread(WeakCallbacks::handOver, "pyjama-weakref-callbacks");
        t.setDaemon(true);
        t.start();
        started = true;
    }

    /** On the daemon thread: no Python code here, only the hand-over to the interpreter. */
    private static void handOver() {
        while (true) {
            try {
                if (QUEUE.remove() instanceof Watched w) handOver(w);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void handOver(Watched w) {
        if (w.claimed.compareAndSet(false, true)) {
            DEAD.add(w);
            w.gil.addPendingCall(WeakCallbacks::runDead);
        }
        // only now: a gc.collect() waiting on another thread must find w in DEAD once it is settled
        w.settled = true;
        WATCHED.remove(w.self);
    }

    /** {@code gc.collect()}'s part, with the GIL, after the JVM's collection: runs the callbacks of what it cleared. */
    static void collected() {
        runDead();
    }

    /**
     * Hands over every reference a collection has cleared, without waiting for the daemon
     * thread (a short while at most for references the JVM has not enqueued yet). The JVM clears
     * all weak references to an object at once, but enqueues and hands them over one by one:
     * a pending call that ran only those already handed over would run an object's refs in the
     * order the queue gave them, not newest first (exec/stdlib_weakref_callbacks_gc failed so
     * in a clean-clone CI run, when a young collection came before gc.collect()).
     */
    private static void settle() {
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (true) {
            boolean waiting = false;
            for (java.lang.ref.Reference<? extends PyObject> r; (r = QUEUE.poll()) != null; ) {
                if (r instanceof Watched w) handOver(w);
            }
            for (WeakReference<Watched> s : WATCHED) {
                Watched w = s.get();
                if (w == null) WATCHED.remove(s);
                else if (w.refersTo(null) && !w.settled) waiting = true;
            }
            if (!waiting || System.nanoTime() > deadline) break;
            Thread.onSpinWait();
        }
    }

    /** Runs the callbacks of the references cleared so far for this interpreter, newest ref first. */
    static void runDead() {
        settle();
        Gil gil = Interpreter.current().gil;
        List<Watched> mine = new ArrayList<>();
        for (Watched w : DEAD) {
            if (w.gil == gil && DEAD.remove(w)) mine.add(w);
        }
        if (mine.isEmpty()) return;
        mine.sort((a, b) -> Long.compare(b.seq, a.seq));
        for (Watched w : mine) {
            PyObject cb = w.ref.callback;
            w.ref.callback = PyNone.NONE;
            if (cb == PyNone.NONE) continue;
            try {
                Abstract.call(cb, w.ref);
            } catch (PyException e) {
                // CPython: Objects/weakrefobject.c handle_callback (PyErr_WriteUnraisable(callback))
                Interpreter.current().writeUnraisable(cb, e.value());
            }
        }
    }
}
