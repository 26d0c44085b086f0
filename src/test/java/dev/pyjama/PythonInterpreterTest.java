package dev.pyjama;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every call of the embedding API, with its misuse: conversions, errors, closing, interrupts. */
class PythonInterpreterTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    private PythonInterpreter py;

    @BeforeEach
    void start() {
        py = PythonInterpreter.builder().stdout(out).stderr(err).standardLibrary(false).build();
    }

    @AfterEach
    void stop() {
        py.close();
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void execEvalAndStdout() {
        py.exec("x = 6 * 7\nprint('x is', x)");
        assertEquals("x is 42\n", stdout());
        assertEquals(42L, py.eval("x"));
        assertEquals(43, py.eval("x + 1", Integer.class));
        assertNull(py.eval("None"));
        assertNull(py.evalScript("y = 1", "<s>"));
        assertEquals(2L, py.evalScript("y + 1", "<s>"));
    }

    @Test
    void globals() {
        py.set("name", "world");
        assertTrue(py.has("name"));
        assertEquals("hello world", py.eval("'hello ' + name"));
        py.exec("z = [1, 2]");
        assertEquals(List.of(1L, 2L), py.get("z"));
        assertEquals(List.of(1L, 2L), py.get("z", List.class));
        assertTrue(py.globalNames().containsAll(Set.of("__name__", "name", "z")));
        assertTrue(py.remove("z"));
        assertFalse(py.remove("z"));
        assertFalse(py.has("z"));
        NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> py.get("z"));
        assertEquals("name 'z' is not defined in __main__", e.getMessage());
        assertEquals("__main__", py.eval("__name__"));
    }

    @Test
    void conversionsJavaToPython() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", true);
        m.put("i", 7);
        m.put("l", 1L << 40);
        m.put("big", new BigInteger("123456789012345678901234567890"));
        m.put("d", 2.5);
        m.put("f", 1.5f);
        m.put("s", "é€𝄞");
        m.put("c", 'c');
        m.put("bytes", new byte[] {1, 2, (byte) 255});
        m.put("list", List.of(1, "a"));
        m.put("set", Set.of(3));
        m.put("tuple", new Object[] {1, null});
        m.put("none", null);
        py.set("m", m);
        assertEquals("{'b': 'bool', 'i': 'int', 'l': 'int', 'big': 'int', 'd': 'float', 'f': 'float', 's': 'str', 'c': 'str',"
                + " 'bytes': 'bytes', 'list': 'list', 'set': 'set', 'tuple': 'tuple', 'none': 'NoneType'}",
                py.eval("repr({k: type(v).__name__ for k, v in m.items()})"));
        assertEquals("[123456789012345678901234567890, 'é€𝄞', 3, b'\\x01\\x02\\xff', (1, None)]",
                py.eval("repr([m['big'], m['s'], len(m['s']), m['bytes'], m['tuple']])"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> py.set("t", new Thread()));
        assertTrue(e.getMessage().startsWith("cannot convert a java.lang.Thread to a Python value"), e.getMessage());
        // a list that contains itself stays one object on the Python side
        List<Object> self = new ArrayList<>();
        self.add(self);
        py.set("self", self);
        assertEquals(true, py.eval("self[0] is self"));
    }

    @Test
    void conversionsPythonToJava() {
        assertEquals(Boolean.TRUE, py.eval("True"));
        assertEquals(-5L, py.eval("-5"));
        assertEquals(new BigInteger("100000000000000000000"), py.eval("10**20"));
        assertEquals(0.25, py.eval("1/4"));
        assertEquals("snake", py.eval("'snake'"));
        assertArrayEquals(new byte[] {104, 105}, (byte[]) py.eval("b'hi'"));
        assertEquals(List.of(1L, List.of(2L)), py.eval("(1, [2])"));
        assertThrows(UnsupportedOperationException.class, () -> ((List<?>) py.eval("(1,)")).add(null));
        Map<Object, Object> expected = new LinkedHashMap<>();
        expected.put("a", 1L);
        expected.put(List.of(1L, 2L), null);
        assertEquals(expected, py.eval("{'a': 1, (1, 2): None}"));
        assertEquals(Set.of(1L, 2L), py.eval("{1, 2}"));
        assertEquals(Set.of("x"), py.eval("frozenset('x')"));
        assertEquals(3L, py.eval("True + 2"));
        Object cyclic = py.eval("[l := [], l.append(l)][0]");
        assertInstanceOf(List.class, cyclic);
        assertTrue(((List<?>) cyclic).get(0) == cyclic);
        // no Java counterpart: a handle
        PythonObject f = assertInstanceOf(PythonObject.class, py.eval("len"));
        assertEquals("builtin_function_or_method", f.typeName());
        assertEquals(3L, f.call("abc"));
        assertEquals(1e20, py.eval("10**20", Double.class));
        assertEquals(BigInteger.ONE, py.eval("1", BigInteger.class));
        ClassCastException c = assertThrows(ClassCastException.class, () -> py.eval("'s'", Long.class));
        assertEquals("Python str cannot be a Java java.lang.Long (it converts to java.lang.String)", c.getMessage());
        assertThrows(ClassCastException.class, () -> py.eval("2**40", Integer.class));
        assertThrows(ClassCastException.class, () -> py.eval("None", int.class));
    }

    @Test
    void callsAndHandles() {
        py.exec("def add(a, b=10, *, scale=1):\n    return (a + b) * scale\n"
                + "class Box:\n    def __init__(self, v): self.v = v\n    def twice(self): return self.v * 2\n");
        assertEquals(11L, py.call("add", 1));
        assertEquals("ab", py.call("add", "a", "b"));
        PythonObject add = py.evalObject("add");
        assertEquals(12L, add.callWithKeywords(Map.of("scale", 2), 1, 5));
        PythonObject box = (PythonObject) py.call("Box", 21);
        assertEquals("Box", box.typeName());
        assertEquals(42L, box.invoke("twice"));
        assertEquals(21L, box.getAttribute("v"));
        box.setAttribute("v", "x");
        assertEquals("xx", box.invoke("twice"));
        assertTrue(box.repr().startsWith("<__main__.Box object at 0x"));
        py.set("b2", box);
        assertEquals(true, py.eval("b2 is Box.__call__ and False or isinstance(b2, Box)"));
        assertEquals(box, py.evalObject("b2"));
        // evalObject keeps a list shared
        PythonObject list = py.evalObject("[]");
        list.invoke("append", 1);
        assertEquals("[1]", list.repr());
        PythonException e = assertThrows(PythonException.class, () -> py.call("add"));
        assertEquals("TypeError", e.getPythonType());
        assertEquals("add() missing 1 required positional argument: 'a'", e.getPythonMessage());
        PythonException notCallable = assertThrows(PythonException.class, () -> py.call("__name__"));
        assertEquals("'str' object is not callable", notCallable.getPythonMessage());
        assertThrows(NoSuchElementException.class, () -> py.call("missing"));
        assertThrows(NullPointerException.class, () -> py.call(null));
    }

    @Test
    void javaCallables() {
        py.set("jadd", (JavaCallable) args -> (Long) args[0] + (Long) args[1]);
        assertEquals(5L, py.eval("jadd(2, 3)"));
        py.set("boom", (JavaCallable) args -> {
            throw new IllegalStateException("no");
        });
        PythonException e = assertThrows(PythonException.class, () -> py.exec("boom()"));
        assertEquals("RuntimeError", e.getPythonType());
        assertEquals("java.lang.IllegalStateException: no", e.getPythonMessage());
        // a Java callback may call back into its interpreter, and a PythonException crosses back as itself
        py.set("back", (JavaCallable) args -> py.eval("1 // 0"));
        PythonException z = assertThrows(PythonException.class, () -> py.eval("back()"));
        assertEquals("ZeroDivisionError", z.getPythonType());
        py.exec("try:\n    back()\nexcept ZeroDivisionError:\n    r = 'caught'\n");
        assertEquals("caught", py.get("r"));
    }

    @Test
    void exceptionsCarryTypeMessageAndTraceback() {
        py.exec("class Oops(ValueError): pass\ndef f():\n    raise Oops('bad thing')\n", "lib.py");
        PythonException e = assertThrows(PythonException.class, () -> py.exec("f()"));
        assertEquals("Oops", e.getPythonType());
        assertEquals("bad thing", e.getPythonMessage());
        assertEquals("Oops: bad thing", e.getMessage());
        assertTrue(e.isInstance("ValueError"));
        assertFalse(e.isInstance("KeyError"));
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"<string>\", line 1, in <module>\n"
                + "    f()\n"
                + "    ~^^\n"
                + "  File \"lib.py\", line 3, in f\n"
                + "    raise Oops('bad thing')\n"
                + "Oops: bad thing\n", e.getFormattedTraceback());
        assertEquals("Oops", e.getPythonValue().typeName());
        PythonException syntax = assertThrows(PythonException.class, () -> py.exec("x = = 1"));
        assertEquals("SyntaxError", syntax.getPythonType());
        assertEquals("invalid syntax (<string>, line 1)", syntax.getPythonMessage());
        PythonException exit = assertThrows(PythonException.class, () -> py.exec("import sys\nsys.exit(3)"));
        assertEquals("SystemExit", exit.getPythonType());
        assertEquals("3", exit.getPythonMessage());
        PythonException key = assertThrows(PythonException.class, () -> py.eval("{}['k']"));
        assertEquals("KeyError: 'k'", key.getMessage());
        // the interpreter goes on after errors
        assertEquals(1L, py.eval("1"));
    }

    @Test
    void execFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("script.py");
        Files.writeString(file, "import sys\nresult = __file__.endswith('script.py')\ndef g():\n    return 1 / 0\n");
        py.execFile(file);
        assertEquals(true, py.get("result"));
        PythonException e = assertThrows(PythonException.class, () -> py.call("g"));
        assertTrue(e.getFormattedTraceback().contains("script.py\", line 4, in g\n    return 1 / 0\n"), e.getFormattedTraceback());
        assertThrows(java.io.UncheckedIOException.class, () -> py.execFile(dir.resolve("missing.py")));
    }

    @Test
    void builderOptions(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("helper.py"), "VALUE = 'from helper'\n");
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        try (PythonInterpreter p = PythonInterpreter.builder().stdout(o).stderr(e).standardLibrary(false)
                .stdin(new ByteArrayInputStream("typed line\n".getBytes(StandardCharsets.UTF_8)))
                .addPath(dir.toString()).recursionLimit(60).argv("prog", "-v").workingDirectory(dir)
                .threadName("py-worker").build()) {
            assertEquals("from helper", p.eval("__import__('helper').VALUE"));
            assertEquals(List.of(dir.toString()), p.eval("__import__('sys').path"));
            assertEquals(List.of("prog", "-v"), p.eval("__import__('sys').argv"));
            assertEquals(60L, p.eval("__import__('sys').getrecursionlimit()"));
            assertEquals("typed line", p.eval("input()"));
            p.exec("import sys\nprint('err', file=sys.stderr)\ndef r(n): return r(n + 1)");
            assertEquals("err\n", e.toString(StandardCharsets.UTF_8));
            PythonException deep = assertThrows(PythonException.class, () -> p.call("r", 0));
            assertEquals("RecursionError", deep.getPythonType());
            assertEquals(dir.resolve("helper.py").toString(), p.importModule("helper").getAttribute("__file__"));
        }
        assertThrows(IllegalArgumentException.class, () -> PythonInterpreter.builder().recursionLimit(0));
        assertThrows(IllegalArgumentException.class, () -> PythonInterpreter.builder().stackSize(10));
        assertThrows(NullPointerException.class, () -> PythonInterpreter.builder().stdout(null));
    }

    @Test
    void threadStackAndBytecodeOptions(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("cached.py"), "A = 1\n");
        try (PythonInterpreter p = PythonInterpreter.builder().standardLibrary(false).threadName("py-worker")
                .stackSize(4L << 20).recursionLimit(10_000_000).addPath(dir.toString()).writeBytecode(true).build()) {
            p.set("thread_name", (JavaCallable) a -> Thread.currentThread().getName());
            assertEquals("py-worker", p.eval("thread_name()"));
            // a small Java stack overflows long before the recursion limit: RecursionError, never a JVM error
            p.exec("def r(n):\n    return r(n + 1)\n");
            assertEquals("RecursionError", assertThrows(PythonException.class, () -> p.call("r", 0)).getPythonType());
            assertEquals(1L, p.eval("__import__('cached').A"));
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().equals("cached.pyjama-313.pyc")));
        }
        Path other = Files.createDirectory(dir.resolve("other"));
        Files.writeString(other.resolve("plain.py"), "B = 2\n");
        try (PythonInterpreter p = PythonInterpreter.builder().standardLibrary(false).addPath(other.toString()).build()) {
            assertEquals(2L, p.eval("__import__('plain').B"));
        }
        assertFalse(Files.exists(other.resolve("__pycache__")), "no .pyc unless asked for");
    }

    /** An interpreter dropped without close() lets its thread end once the JVM collects it. */
    @Test
    void unreachableInterpreterEndsItsThread() throws Exception {
        String name = "pyjama-dropped-" + System.nanoTime();
        dropped(name);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (threadNamed(name) && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(50);
        }
        assertFalse(threadNamed(name), "the dropped interpreter's thread ended");
    }

    private static void dropped(String threadName) {
        PythonInterpreter p = PythonInterpreter.builder().standardLibrary(false).threadName(threadName).build();
        assertEquals(2L, p.eval("1 + 1"));
        assertTrue(threadNamed(threadName));
    }

    private static boolean threadNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isAlive());
    }

    /**
     * Python threads run while Java is not calling in (the GIL is given up between calls), and
     * one may call back into the API from its own thread.
     */
    @Test
    void pythonThreadsRunBetweenCalls() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Object> seen = new AtomicReference<>();
        py.set("report", (JavaCallable) a -> {
            seen.set(py.eval("sum(range(10))")); // on the Python thread, which holds the GIL
            done.countDown();
            return null;
        });
        py.exec("import _thread\nlock = _thread.allocate_lock()\nlock.acquire()\n"
                + "def work():\n    lock.acquire()\n    total = 0\n    for i in range(100000):\n        total += i\n    report()\n"
                + "_thread.start_new_thread(work, ())\n");
        py.exec("lock.release()"); // the thread goes on after this call has returned, with no Python call from Java
        assertTrue(done.await(60, java.util.concurrent.TimeUnit.SECONDS), "the Python thread finished while Java waited");
        assertEquals(45L, seen.get());
        assertEquals(3L, py.eval("1 + 2"));
    }

    @Test
    void wrongArguments() {
        assertThrows(NullPointerException.class, () -> py.exec(null));
        assertThrows(NullPointerException.class, () -> py.eval(null));
        assertThrows(NullPointerException.class, () -> py.eval("1", null));
        assertThrows(NullPointerException.class, () -> py.set(null, 1));
        assertThrows(NullPointerException.class, () -> py.execFile(null));
        py.exec("def f(*a): return len(a)");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> py.call("f", new Object()));
        assertTrue(e.getMessage().startsWith("cannot convert a java.lang.Object"), e.getMessage());
        assertEquals(2L, py.call("f", null, null));
        assertEquals(0L, py.call("f"));
        PythonObject f = py.evalObject("f");
        assertEquals("TypeError: f() got an unexpected keyword argument 'k'",
                assertThrows(PythonException.class, () -> f.callWithKeywords(Map.of("k", 1))).getMessage());
        PythonException attr = assertThrows(PythonException.class, () -> f.getAttribute("nope"));
        assertEquals("AttributeError", attr.getPythonType());
        assertEquals("'function' object has no attribute 'nope'", attr.getPythonMessage());
        PythonInterpreter.Monitor m = py.monitor(0, "t", (ev, w) -> true, MonitoringEvent.PY_START);
        assertEquals(0, m.toolId());
        m.close();
        m.close(); // idempotent
        assertEquals("monitoring tool 0 was closed", assertThrows(IllegalStateException.class,
                () -> m.setEvents(MonitoringEvent.LINE)).getMessage());
        // a monitor that failed to start leaves its tool free
        assertThrows(IllegalArgumentException.class, () -> py.monitor(0, "x", (ev, w) -> true, MonitoringEvent.C_RAISE));
        py.monitor(0, "again", (ev, w) -> true).close();
    }

    @Test
    void closedInterpreter() {
        py.exec("import atexit\natexit.register(print, 'bye')");
        PythonObject handle = py.evalObject("len");
        py.close();
        assertEquals("bye\n", stdout());
        assertTrue(py.isClosed());
        py.close(); // idempotent
        String closed = "the Python interpreter is closed";
        assertEquals(closed, assertThrows(IllegalStateException.class, () -> py.exec("1")).getMessage());
        assertEquals(closed, assertThrows(IllegalStateException.class, () -> py.eval("1")).getMessage());
        assertEquals(closed, assertThrows(IllegalStateException.class, () -> py.get("x")).getMessage());
        assertEquals(closed, assertThrows(IllegalStateException.class, () -> py.set("x", 1)).getMessage());
        assertEquals(closed, assertThrows(IllegalStateException.class, () -> py.call("len", "a")).getMessage());
        assertEquals(closed, assertThrows(IllegalStateException.class, () -> handle.call("a")).getMessage());
        assertEquals(closed, assertThrows(IllegalStateException.class, () -> py.setTrace(ev -> {})).getMessage());
        assertEquals("<Python builtin_function_or_method object>", handle.toString());
    }

    @Test
    void handlesBelongToTheirInterpreter() {
        try (PythonInterpreter other = PythonInterpreter.builder().standardLibrary(false).build()) {
            PythonObject foreign = other.evalObject("len");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> py.set("f", foreign));
            assertTrue(e.getMessage().startsWith("a Python object of another interpreter"), e.getMessage());
        }
    }

    @Test
    void interruptedCallerStopsPython() throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> flag = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        py.set("started", (JavaCallable) a -> {
            started.countDown();
            return null;
        });
        Thread caller = new Thread(() -> {
            try {
                py.exec("started()\nwhile True:\n    pass\n");
            } catch (Throwable t) {
                thrown.set(t);
            }
            flag.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        started.await();
        caller.interrupt();
        caller.join(60_000);
        assertFalse(caller.isAlive());
        PythonException e = assertInstanceOf(PythonException.class, thrown.get());
        assertEquals("KeyboardInterrupt", e.getPythonType());
        assertTrue(flag.get(), "the caller's interrupt flag is set again");
        // no interrupt is left pending for the next call
        py.exec("for i in range(100000): pass");
        assertEquals(99999L, py.eval("i"));
    }

    @Test
    void alreadyInterruptedCaller() {
        Thread.currentThread().interrupt();
        try {
            PythonException e = assertThrows(PythonException.class, () -> py.exec("def f(): pass\nwhile True: f()"));
            assertEquals("KeyboardInterrupt", e.getPythonType());
            assertTrue(Thread.interrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void traceAndProfileFromJava() {
        py.exec("def sq(x):\n    y = x * x\n    return y\n", "calc.py");
        List<String> events = new ArrayList<>();
        py.setTrace(ev -> events.add(ev.kind() + " " + ev.function() + ":" + ev.line()));
        py.call("sq", 3);
        py.setTrace(null);
        py.call("sq", 4);
        assertEquals(List.of("CALL sq:1", "LINE sq:2", "LINE sq:3", "RETURN sq:3"), events);
        events.clear();
        py.setProfile(ev -> events.add(ev.kind() + " " + ev.function()));
        py.exec("sq(len('ab'))");
        py.setProfile(null);
        assertEquals(List.of("CALL <module>", "C_CALL len", "C_RETURN len", "CALL sq", "RETURN sq", "RETURN <module>"), events);
        // a listener that throws uninstalls itself; the error surfaces from the call
        py.setTrace(ev -> {
            throw new IllegalStateException("listener failed");
        });
        PythonException e = assertThrows(PythonException.class, () -> py.call("sq", 1));
        assertEquals("RuntimeError", e.getPythonType());
        assertEquals(9L, py.call("sq", 3));
    }

    @Test
    void monitoringFromJava() {
        py.exec("def loop(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n", "loop.py");
        Map<Integer, Integer> hits = new HashMap<>();
        PythonInterpreter.Monitor m = py.monitor(1, "coverage", (event, where) -> {
            hits.merge(where.line(), 1, Integer::sum);
            return true;
        }, MonitoringEvent.LINE);
        assertEquals(45L, py.call("loop", 10));
        assertEquals(Map.of(2, 1, 3, 11, 4, 10, 5, 1), hits);
        assertEquals("coverage", py.eval("__import__('sys').monitoring.get_tool(1)"));
        IllegalStateException taken = assertThrows(IllegalStateException.class,
                () -> py.monitor(1, "other", (ev, w) -> true, MonitoringEvent.LINE));
        assertEquals("tool 1 is already in use by 'coverage'", taken.getMessage());
        // false is DISABLE: each line once, until restart_events
        hits.clear();
        m.setEvents(MonitoringEvent.LINE);
        PythonInterpreter.Monitor once = m;
        once.close();
        assertNull(py.eval("__import__('sys').monitoring.get_tool(1)"));
        List<String> starts = new ArrayList<>();
        try (PythonInterpreter.Monitor d = py.monitor(2, "once", (event, where) -> {
            starts.add(event + " " + where.function() + " " + where.line() + " " + where.offset());
            return false;
        }, MonitoringEvent.PY_START, MonitoringEvent.LINE)) {
            py.call("loop", 3);
            py.call("loop", 3);
            // the for line has two line starts (before the loop and at FOR_ITER), as in CPython 3.13
            assertEquals(List.of("PY_START loop 1 0", "LINE loop 2 -1", "LINE loop 3 -1", "LINE loop 4 -1",
                    "LINE loop 3 -1", "LINE loop 5 -1"), starts);
            d.restartEvents();
            py.call("loop", 1);
            assertEquals(12, starts.size());
        }
        assertThrows(IllegalArgumentException.class, () -> py.monitor(6, "x", (ev, w) -> true));
        assertThrows(IllegalArgumentException.class, () -> py.monitor(0, "x", (ev, w) -> true, MonitoringEvent.C_RETURN));
    }
}
