package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Gil;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Closes the io objects Python code made when they become unreachable, as CPython's
 * {@code iobase_finalize} does when their reference count reaches zero: without it an
 * abandoned writer ({@code open(p, 'w').write(s)}) would lose its buffered data.
 *
 * <p>pyjama has no reference counts (design.md decision 11), so the JVM's collector decides
 * when. {@link IoBase#finalize} runs on the JVM's finaliser thread, which must not run Python
 * code: it only hands the object (resurrected by that reference) to its interpreter's pending
 * calls ({@link dev.pyjama.interp.Gil#addPendingCall}), and the thread holding the GIL closes it
 * at its next eval-breaker check. A finaliser was chosen over a {@link java.lang.ref.Cleaner}
 * because close() needs the object itself (its buffers, and a subclass's own close), which a
 * Cleaner's action may not reach. Only the types whose CPython dealloc finalises
 * (FileIO, the Buffered classes, TextIOWrapper, and Python subclasses of the abstract bases)
 * pay the JVM's finaliser registration; StringIO, BytesIO and BufferedRWPair opt out.
 *
 * <p>Order: the JVM finalises a wrapper, its buffer and its raw file in the same cycle and in
 * any order, while CPython closes the wrapper first (its dealloc then drops the buffer). So a
 * wrapped stream records its {@link IoBase#owner}; its own finaliser does nothing and the
 * owner's finalisation goes on to it, as CPython's dealloc chain does.
 *
 * <p>{@code gc.collect()} collects, waits until the finaliser thread has handed over every
 * tracked object the collection found unreachable (their weak references are cleared at once,
 * the finalisers run after), then runs the pending calls. At exit the same wait and run come
 * before the objects still reachable are closed ({@link #closeAbandoned}).
 */
// CPython: Modules/_io/iobase.c iobase_finalize, _PyIOBase_finalize; Python/ceval_gil.c _PyEval_AddPendingCall
public final class IoFinalizer {
    private IoFinalizer() {}

    /**
     * A tracked io object and its interpreter's GIL (not the interpreter: the static set must
     * not keep an interpreter alive); cleared by the collector when the object is unreachable.
     */
    static final class Tracked extends WeakReference<IoBase> {
        final Gil gil;

        Tracked(IoBase o, Gil gil) {
            super(o);
            this.gil = gil;
        }
    }

    /** The tracked objects not finalised yet. */
    private static final Set<Tracked> TRACKED = ConcurrentHashMap.newKeySet();

    /** Marks an io object Python code made: it will be closed when abandoned, or at exit. */
    static <T extends IoBase> T track(T o) {
        Tracked t = new Tracked(o, Interpreter.current().gil);
        o.tracker = t;
        TRACKED.add(t);
        return o;
    }

    /** On the JVM's finaliser thread: queues the object's close for its interpreter. No Python code here. */
    static void abandoned(IoBase o) {
        Tracked t = o.tracker;
        if (t == null) return;
        try {
            // an owned stream is closed by its owner's finalisation; a closed one needs nothing
            if (o.owner == null && !o.surelyClosed()) t.gil.addPendingCall(() -> finalizeNow(o));
        } finally {
            TRACKED.remove(t); // after the hand-over, so awaitFinalizers never misses it
        }
    }

    /** iobase_finalize, with the GIL: close() unless closed, errors reported through sys.unraisablehook. */
    // CPython: Modules/_io/iobase.c iobase_finalize
    static void finalizeNow(IoBase o) {
        boolean closed;
        try {
            PyObject c = Abstract.lookupAttr(o, PyStr.intern("closed"));
            closed = c == null || Abstract.isTrue(c);
        } catch (PyException e) {
            closed = true; // an unusable object: CPython ignores it
        }
        if (!closed) {
            o.finalizing = true;
            if (o.getClass() == IoBase.class) {
                try {
                    Abstract.setattr(o, PyStr.intern("_finalizing"), PyBool.TRUE);
                } catch (PyException e) {
                    // as CPython: ignored
                }
            }
            try {
                IoBase.call(o, "close");
            } catch (PyException e) {
                // 3.13.0 reports it whatever the mode (its source says dev mode only: the binary wins)
                Interpreter.current().writeUnraisable(o, e.value());
            }
        }
        // CPython's dealloc of a wrapper then drops the stream it wraps, which is finalised in turn
        IoBase inner = o.wrapped();
        if (inner != null && inner.owner == o) finalizeNow(inner);
    }

    /**
     * Waits (a short while at most) until the finaliser thread has handed over every tracked
     * object the collector found unreachable.
     */
    static void awaitFinalizers() {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (true) {
            boolean pending = false;
            for (Tracked t : TRACKED) {
                if (t.refersTo(null)) {
                    pending = true;
                    break;
                }
            }
            if (!pending) return;
            if (System.nanoTime() > deadline) {
                TRACKED.removeIf(t -> t.refersTo(null)); // finalisation disabled: do not wait again
                return;
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The open regular files opened by name, by {@link FileIO#fileKey}. */
    private static final ConcurrentHashMap<String, List<WeakReference<FileIO>>> FILES = new ConcurrentHashMap<>();

    /**
     * A file was opened by name: another open FileIO of the same file whose wrappers still hold
     * unwritten data is flushed first, so that data a program wrote through a writer it
     * abandoned (which CPython would have closed already) is in the file before this one reads
     * or appends (appends keep the program's order). Flushing, not collecting: a collection per
     * such open cost a full GC each (bench/files/abandoned_files: 9 ms of CPU per open, and
     * timeouts in the parity JVM); the price is that a writer still referenced has its buffer
     * written earlier than CPython would write it.
     */
    static void opened(FileIO f) {
        List<WeakReference<FileIO>> same = FILES.computeIfAbsent(f.fileKey, k -> new ArrayList<>());
        List<IoBase> toFlush = null;
        boolean dropped = false;
        synchronized (same) {
            // a cleared reference: a writer the collector found unreachable, maybe not finalised yet
            for (WeakReference<FileIO> r : same) dropped |= r.refersTo(null);
            same.removeIf(r -> {
                FileIO o = r.get();
                return o == null || o.isClosed();
            });
            for (WeakReference<FileIO> r : same) {
                IoBase o = r.get();
                if (o == null || !unflushed((FileIO) o)) continue;
                while (o.owner != null) o = o.owner;
                if (toFlush == null) toFlush = new ArrayList<>();
                toFlush.add(o);
            }
            same.add(new WeakReference<>(f));
        }
        if (dropped) {
            // its close must come first (appends keep their order): wait for the finaliser thread
            awaitFinalizers();
            Interpreter.current().gil.runPendingCalls();
        }
        if (toFlush == null) return;
        for (IoBase o : toFlush) {
            try {
                IoBase.call(o, "flush");
            } catch (PyException e) {
                // its close, when it is finalised, reports what is wrong with it
            }
        }
    }

    /** A FileIO closed its descriptor: it no longer counts for {@link #opened}. */
    static void closed(FileIO f) {
        String key = f.fileKey;
        if (key == null) return;
        List<WeakReference<FileIO>> same = FILES.get(key);
        if (same == null) return;
        synchronized (same) {
            same.removeIf(r -> r.get() == null || r.get() == f);
            if (same.isEmpty()) FILES.remove(key, same);
        }
    }

    /** Whether the wrappers of {@code f} (its buffered object, that one's TextIOWrapper) hold data not written yet. */
    private static boolean unflushed(FileIO f) {
        for (IoBase w = f.owner; w != null; w = w.owner) {
            if (w instanceof Buffered b && b.unwritten() > 0) return true;
            if (w instanceof TextIOWrapper t && t.pending.size() > 0) return true;
        }
        return false;
    }

    /** gc.collect(): the JVM has collected; close what it found abandoned before returning. */
    static void collected(Interpreter interp) {
        awaitFinalizers();
        interp.gil.runPendingCalls();
    }

    /**
     * At exit: closes (so flushes) the objects the program abandoned and those it left open, as
     * CPython's finalisation deallocates them (iobase_finalize); failures are reported as
     * unraisable, as CPython 3.13.0 does then.
     */
    // CPython: Python/pylifecycle.c finalize_modules, Modules/_io/iobase.c iobase_finalize
    public static void closeAbandoned(Interpreter interp) {
        awaitFinalizers();
        interp.gil.runPendingCalls();
        List<IoBase> open = new ArrayList<>();
        for (Tracked t : TRACKED) {
            IoBase o = t.get();
            if (o != null && t.gil == interp.gil && o.owner == null) open.add(o);
        }
        for (IoBase o : open) {
            TRACKED.remove(o.tracker);
            finalizeNow(o);
        }
        interp.gil.runPendingCalls();
    }
}
