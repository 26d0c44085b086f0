package dev.pyjama.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * pyjama's back end against CPython 3.13's, stage by stage (BackendChecker), on the fixtures
 * in tests/backend and on CPython's standard library: every module-level unit, and the nested
 * units (functions, classes, comprehensions, ...) of a sample of the files. The system
 * property {@code pyjama.backend.nestedEvery} sets the sample (1 = every file).
 */
class BackendOracleTest {
    /** CPython does most of the work: two oracle processes run side by side. */
    private static final int SHARDS = 2;

    @Test
    void fixtures() {
        runAndReport(List.of("--nested-every", "1", "tests/backend"), 1);
    }

    @Test
    void stdlib() {
        String stdlib = dev.pyjama.tools.CPython.find() == null ? "" : dev.pyjama.tools.CPython.find().stdlib();
        String nestedEvery = System.getProperty("pyjama.backend.nestedEvery", "10");
        runAndReport(List.of("--nested-every", nestedEvery, stdlib), SHARDS);
    }

    private static void runAndReport(List<String> args, int shards) {
        List<BackendChecker.Mismatch> mismatches = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger units = new AtomicInteger(), rejected = new AtomicInteger();
        AtomicInteger nested = new AtomicInteger(), unverified = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int shard = 0; shard < shards; shard++) {
            List<String> shardArgs = new ArrayList<>(List.of("--shard", shard + "/" + shards));
            shardArgs.addAll(args);
            Thread t = new Thread(() -> {
                try {
                    BackendChecker.run(shardArgs, u -> {
                        if (u.error != null) {
                            rejected.incrementAndGet();
                            return;
                        }
                        units.incrementAndGet();
                        if (u.kind.equals("nested")) nested.incrementAndGet();
                        if (!u.verified) unverified.incrementAndGet();
                        BackendChecker.Mismatch m = BackendChecker.check(u);
                        if (m != null) mismatches.add(m);
                    });
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        if (!failures.isEmpty()) {
            Throwable f = failures.get(0);
            if (f instanceof RuntimeException r) throw r;
            if (f instanceof Error e) throw e;
            throw new AssertionError(f);
        }
        System.out.println("back end: " + (units.get() - mismatches.size()) + "/" + units.get()
                + " code units identical to CPython 3.13 (" + nested.get() + " of them nested; "
                + unverified.get() + " compared before assembly only; " + rejected.get() + " files CPython rejects)");
        for (int i = 0; i < Math.min(40, mismatches.size()); i++) System.out.println("  " + mismatches.get(i));
        assertTrue(mismatches.isEmpty(), mismatches.size() + " mismatches");
    }
}
