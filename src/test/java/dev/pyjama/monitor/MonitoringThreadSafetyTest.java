package dev.pyjama.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjama.code.CodeUnits;
import dev.pyjama.code.Opcode;
import dev.pyjama.code.PyCode;
import dev.pyjama.compiler.CompileContext;
import dev.pyjama.compiler.Compiler;
import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.PyFunction;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.parser.FrontEnd;
import dev.pyjama.parser.ParserContext;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Issue 6 item 5: tools and events change on one Java thread while other Java threads (each
 * with its own ThreadState; pyjama has no Python threads yet) run instrumented Python code.
 * Nothing throws, every run computes what it computes untraced, callbacks are called, and once
 * every tool is off the code objects hold no instrumented opcode and still compute the same:
 * the changes (under the monitoring lock) never corrupt a code object, and the event path
 * reads the state without the lock.
 */
class MonitoringThreadSafetyTest {
    private static final String PROGRAM = String.join("\n",
            "def square(x):",
            "    y = x * x",
            "    return y",
            "",
            "def gen(n):",
            "    for i in range(n):",
            "        yield i",
            "    return 'done'",
            "",
            "def work(n):",
            "    total = 0",
            "    for i in range(n):",
            "        if i % 3:",
            "            total += square(i)",
            "        else:",
            "            try:",
            "                raise KeyError(i)",
            "            except KeyError:",
            "                total -= 1",
            "    for x in gen(n):",
            "        total += len(str(x))",
            "    return total + sum(x for x in gen(3)) + len([x for x in gen(4)])",
            "");

    private static final int[] EVENT_SETS = {
        1 << MonitoringEvents.LINE,
        1 << MonitoringEvents.INSTRUCTION,
        (1 << MonitoringEvents.BRANCH) | (1 << MonitoringEvents.JUMP),
        (1 << MonitoringEvents.CALL) | (1 << MonitoringEvents.PY_START) | (1 << MonitoringEvents.PY_RETURN),
        (1 << MonitoringEvents.RAISE) | (1 << MonitoringEvents.EXCEPTION_HANDLED) | (1 << MonitoringEvents.STOP_ITERATION),
        (1 << MonitoringEvents.PY_YIELD) | (1 << MonitoringEvents.PY_RESUME) | (1 << MonitoringEvents.LINE),
        0,
    };

    @Test
    void eventsChangeWhileOtherThreadsRunInstrumentedCode() throws Exception {
        Interpreter interp = new Interpreter(new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(OutputStream.nullOutputStream()), Path.of("."), List.of("t.py"), List.of("."));
        Monitoring mon = interp.monitoring;
        ParserContext ctx = new ParserContext("t.py", ParserContext.Mode.FILE, false, false, Path.of("."),
                new PrintStream(OutputStream.nullOutputStream()));
        PyCode module = Compiler.compile(FrontEnd.parse(PROGRAM.getBytes(StandardCharsets.UTF_8), ctx),
                new CompileContext(ctx), 0, 0);
        assertEquals(0, interp.runMain(module, "t.py"));
        PyModule main = (PyModule) interp.modules.get(PyStr.of("__main__"));
        PyFunction work = (PyFunction) main.dict.get(PyStr.of("work"));
        PyObject expected = Abstract.call(work, PyInt.of(40));

        AtomicLong delivered = new AtomicLong();
        Random random = new Random(6);
        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicLong runs = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            Thread t = new Thread(null, () -> {
                try {
                    while (!stop.get()) {
                        PyObject got = Abstract.call(work, PyInt.of(40));
                        if (!Abstract.equal(got, expected)) throw new AssertionError("work(40) gave " + got.repr());
                        runs.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "monitoring-worker-" + w, 64L << 20);
            workers.add(t);
        }
        for (int tool = 0; tool < 3; tool++) mon.useTool(tool, PyStr.of("tool" + tool));
        workers.forEach(Thread::start);
        long until = System.nanoTime() + 3_000_000_000L;
        int changes = 0;
        try {
            while (System.nanoTime() < until && failures.isEmpty()) {
                int tool = random.nextInt(3);
                switch (random.nextInt(5)) {
                    case 0 -> Instrumentation.setEvents(mon, tool, EVENT_SETS[random.nextInt(EVENT_SETS.length)]);
                    case 1 -> {
                        int set = EVENT_SETS[random.nextInt(EVENT_SETS.length)] & ((1 << MonitoringEvents.LOCAL_EVENTS) - 1);
                        PyCode code = random.nextBoolean() ? work.code : ((PyFunction) main.dict.get(PyStr.of("gen"))).code;
                        mon.setLocalEvents(code, tool, set);
                        Instrumentation.update(code, mon);
                    }
                    case 2 -> {
                        boolean disable = random.nextBoolean();
                        for (int e = 0; e < MonitoringEvents.EVENTS; e++) {
                            int event = e;
                            mon.registerJavaCallback(tool, event, (ev, code, loc, args) -> {
                                delivered.incrementAndGet();
                                return disable && event < MonitoringEvents.LOCAL_EVENTS ? MonitoringModule.DISABLE : PyNone.NONE;
                            });
                        }
                    }
                    case 3 -> {
                        mon.restartEvents();
                        Instrumentation.instrumentExecuting(mon);
                    }
                    default -> mon.registerJavaCallback(tool, random.nextInt(MonitoringEvents.EVENTS), null);
                }
                changes++;
                if (changes % 16 == 0) Thread.sleep(1);
            }
        } finally {
            stop.set(true);
            for (Thread t : workers) t.join(30_000);
        }
        if (!failures.isEmpty()) {
            AssertionError e = new AssertionError(failures.size() + " worker failure(s)", failures.peek());
            failures.forEach(e::addSuppressed);
            throw e;
        }
        System.out.println("monitoring thread safety: " + runs.get() + " runs of work(40) on 3 threads, " + changes
                + " changes of tools and events, " + delivered.get() + " events delivered to Java callbacks");
        assertTrue(runs.get() > 10, "workers ran " + runs.get() + " times");
        assertTrue(delivered.get() > 0, "no event was delivered in " + changes + " changes");

        // Every tool off: the code objects are plain again and compute the same.
        for (int tool = 0; tool < 3; tool++) {
            Instrumentation.setEvents(mon, tool, 0);
            for (String name : new String[] {"work", "gen", "square"}) {
                PyCode code = ((PyFunction) main.dict.get(PyStr.of(name))).code;
                mon.setLocalEvents(code, tool, 0);
                Instrumentation.update(code, mon);
            }
        }
        for (String name : new String[] {"work", "gen", "square"}) {
            PyCode code = ((PyFunction) main.dict.get(PyStr.of(name))).code;
            byte[] ins = code.instructions();
            for (int i = 0; i < code.code.length / 2; ) {
                int op = ins[2 * i] & 0xff;
                assertEquals(code.code[2 * i] & 0xff, op, name + ": opcode at unit " + i);
                i += 1 + Opcode.cacheEntries(CodeUnits.baseOpcode(op));
            }
        }
        assertTrue(Abstract.equal(expected, Abstract.call(work, PyInt.of(40))));
    }
}
