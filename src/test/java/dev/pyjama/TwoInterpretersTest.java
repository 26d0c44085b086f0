package dev.pyjama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Several interpreters in one JVM: their own modules and settings, their own GIL, running at the same time. */
class TwoInterpretersTest {
    private static PythonInterpreter make() {
        return PythonInterpreter.builder().standardLibrary(false).build();
    }

    /**
     * A spins in Python until B's Python code has run: with one GIL (or one thread) between
     * them A would hold it and B never run; the test would time out.
     */
    @Test
    @Timeout(120)
    void runAtTheSameTime() throws Exception {
        AtomicBoolean flag = new AtomicBoolean();
        java.util.concurrent.CountDownLatch aIsSpinning = new java.util.concurrent.CountDownLatch(1);
        try (PythonInterpreter a = make(); PythonInterpreter b = make()) {
            a.set("done", (JavaCallable) x -> {
                aIsSpinning.countDown();
                return flag.get();
            });
            b.set("signal", (JavaCallable) x -> {
                flag.set(true);
                return null;
            });
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Object> spinning = pool.submit(() -> {
                    a.exec("n = 0\nwhile not done():\n    n += 1\n");
                    return a.get("n");
                });
                assertTrue(aIsSpinning.await(60, TimeUnit.SECONDS));
                // A's Python is looping (it cannot stop before B signals): B runs Python meanwhile
                assertEquals(499500L, pool.submit(() -> b.eval("sum(range(1000))")).get(60, TimeUnit.SECONDS));
                assertFalse(spinning.isDone());
                pool.submit(() -> b.exec("signal()")).get(60, TimeUnit.SECONDS);
                assertTrue((Long) spinning.get(60, TimeUnit.SECONDS) >= 0);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void stateIsPerInterpreter() {
        try (PythonInterpreter a = make(); PythonInterpreter b = make()) {
            a.exec("import sys\nsys.marker = 'a'\nsys.setrecursionlimit(123)\nx = 1");
            assertFalse(b.has("x"));
            assertEquals(false, b.eval("hasattr(__import__('sys'), 'marker')"));
            assertEquals(1000L, b.eval("__import__('sys').getrecursionlimit()"));
            assertEquals(123L, a.eval("__import__('sys').getrecursionlimit()"));
            b.exec("import sys\nsys.modules['fake'] = 'b only'");
            assertEquals(false, a.eval("'fake' in __import__('sys').modules"));
            a.exec("import sys\nsys.monitoring.use_tool_id(3, 'a tool')");
            assertNull(b.eval("__import__('sys').monitoring.get_tool(3)"));
            a.exec("sys.set_int_max_str_digits(1000)");
            assertEquals(4300L, b.eval("__import__('sys').get_int_max_str_digits()"));
            assertEquals(2001L, b.eval("len(str(10**2000))"));
            assertEquals("ValueError", org.junit.jupiter.api.Assertions.assertThrows(PythonException.class,
                    () -> a.eval("str(10**2000)")).getPythonType());
            // the builtins module is each interpreter's own
            a.exec("import builtins\nbuiltins.shared = 1");
            assertEquals(false, b.eval("hasattr(__import__('builtins'), 'shared')"));
            // codecs.register_error's registry is each interpreter's own
            a.exec("import _codecs\n_codecs.register_error('only_a', lambda e: ('?', e.end))");
            assertEquals("a?", a.eval("'a\\xe9'.encode('ascii', 'only_a').decode()"));
            assertEquals("LookupError", org.junit.jupiter.api.Assertions.assertThrows(PythonException.class,
                    () -> b.eval("__import__('_codecs').lookup_error('only_a')")).getPythonType());
        }
    }

    /** Making and using a second interpreter leaves the first one's monitoring working. */
    @Test
    void monitoringSurvivesAnotherInterpreter() {
        try (PythonInterpreter a = make()) {
            a.exec("def f(n):\n    return n + 1\n");
            AtomicInteger lines = new AtomicInteger();
            try (PythonInterpreter.Monitor m = a.monitor(1, "lines", (e, w) -> lines.incrementAndGet() > 0, MonitoringEvent.LINE)) {
                a.call("f", 1);
                assertEquals(1, lines.get());
                try (PythonInterpreter b = make()) {
                    b.exec("import sys\nsys.monitoring.use_tool_id(1, 't')\nsys.monitoring.set_events(1, 0)\n"
                            + "def g():\n    return 2\ng()");
                    a.call("f", 2);
                    assertEquals(2, lines.get());
                    b.exec("g()");
                    a.call("f", 3);
                    assertEquals(3, lines.get());
                }
            }
        }
    }

    /** The same work in four interpreters on four threads gives each the right answer. */
    @Test
    @Timeout(300)
    void concurrentWorkDoesNotInterfere() throws Exception {
        int n = 4;
        List<PythonInterpreter> interps = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            for (int i = 0; i < n; i++) interps.add(make());
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                PythonInterpreter p = interps.get(i);
                long k = i;
                results.add(pool.submit(() -> {
                    p.set("k", k);
                    p.exec("import sys\nsys.setrecursionlimit(200 + k)\n"
                            + "def work(k):\n    d = {}\n    for i in range(20000):\n        d[str(i)] = i * k\n"
                            + "    return sum(d.values()) + sys.getrecursionlimit()\n");
                    return p.call("work", k);
                }));
            }
            for (int i = 0; i < n; i++) {
                assertEquals(19999L * 20000 / 2 * i + 200 + i, results.get(i).get(200, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
            for (PythonInterpreter p : interps) p.close();
        }
    }

    /** With CPython's standard library: two interpreters importing it at once, each its own module objects. */
    @Test
    @Timeout(600)
    void concurrentStdlibImports() throws Exception {
        boolean have = dev.pyjama.interp.StdlibLocation.get() != null;
        if (System.getenv("CI") == null) Assumptions.assumeTrue(have, "no CPython 3.13 standard library");
        try (PythonInterpreter a = PythonInterpreter.create(); PythonInterpreter b = PythonInterpreter.create()) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                String prog = "import json, collections\nr = json.dumps(collections.OrderedDict(a=[1, 2]))";
                Future<?> fa = pool.submit(() -> a.exec(prog));
                Future<?> fb = pool.submit(() -> b.exec(prog));
                fa.get(500, TimeUnit.SECONDS);
                fb.get(500, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            assertEquals("{\"a\": [1, 2]}", a.get("r"));
            assertEquals("{\"a\": [1, 2]}", b.get("r"));
            a.exec("import json\njson.marker = 1");
            assertEquals(false, b.eval("hasattr(__import__('json'), 'marker')"));
        }
    }

    /** A Java callback of one interpreter calls the other, which calls back into the first: no deadlock. */
    @Test
    @Timeout(60)
    void callbacksAcrossInterpreters() {
        try (PythonInterpreter a = make(); PythonInterpreter b = make()) {
            a.exec("def double(x):\n    return 2 * x");
            // b's Python calls into a (through a Java callable) ...
            b.set("via_a", (JavaCallable) args -> a.call("double", args[0]));
            b.exec("def plus_one_doubled(x):\n    return via_a(x) + 1");
            // ... and a's Python calls b, whose Python calls a again while a waits for b
            a.set("via_b", (JavaCallable) args -> b.call("plus_one_doubled", args[0]));
            a.exec("def outer(x):\n    return via_b(x) * 10");
            assertEquals(70L, a.call("outer", 3L));
            assertEquals(7L, b.call("plus_one_doubled", 3L));
        }
    }
}
