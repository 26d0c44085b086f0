package dev.pyjama.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pyjama.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code _thread} and threading.py on real threads, run in-process: CPU-bound threads that
 * must take turns under the GIL (none of them may starve the others), interrupt_main, a busy
 * main thread that only progresses when another thread gets the GIL, and shutdown. Each
 * program has a time bound; on timeout the test fails with a dump of every Java thread.
 */
class ThreadModuleTest {
    @TempDir Path dir;

    record Result(String out, String err, int status) {}

    Result run(String program) throws Exception {
        Path file = dir.resolve("prog.py");
        Files.writeString(file, program);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int[] status = {Integer.MIN_VALUE};
        Throwable[] thrown = {null};
        Thread t = new Thread(null, () -> {
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                status[0] = Main.run(new String[] {file.toString()}, dir, new ByteArrayInputStream(new byte[0]), o, e);
            } catch (Throwable x) {
                thrown[0] = x;
            }
        }, "thread-module-test", 1L << 28);
        t.setDaemon(true);
        t.start();
        t.join(60_000);
        if (t.isAlive()) {
            StringBuilder sb = new StringBuilder();
            for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) sb.append(info);
            fail("the program did not finish in 60 s; threads:\n" + sb);
        }
        if (thrown[0] != null) throw new AssertionError("Java exception", thrown[0]);
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status[0]);
    }

    @Test
    void cpuBoundThreadsTakeTurns() throws Exception {
        Result r = run(String.join("\n",
                "import threading, sys",
                "sys.setswitchinterval(0.001)",
                "lock = threading.Lock()",
                "counts = [0, 0, 0, 0]",
                "go = threading.Event()",
                "stop = False",
                "def spin(i):",
                "    go.wait()",
                "    while not stop:",
                "        counts[i] += 1",
                "ts = [threading.Thread(target=spin, args=(i,)) for i in range(4)]",
                "for t in ts: t.start()",
                "go.set()",
                "import time",
                "time.sleep(0.5)",
                "stop = True",
                "for t in ts: t.join()",
                "print(all(c > 0 for c in counts), threading.active_count())",
                ""));
        assertEquals(new Result("True 1\n", "", 0), r);
    }

    @Test
    void sharedCounterUnderLockIsExact() throws Exception {
        Result r = run(String.join("\n",
                "import threading",
                "lock = threading.Lock()",
                "total = 0",
                "def add():",
                "    global total",
                "    for _ in range(20000):",
                "        with lock:",
                "            total += 1",
                "ts = [threading.Thread(target=add) for _ in range(4)]",
                "for t in ts: t.start()",
                "for t in ts: t.join()",
                "print(total)",
                ""));
        assertEquals(new Result("80000\n", "", 0), r);
    }

    @Test
    void busyMainThreadLetsOthersRun() throws Exception {
        Result r = run(String.join("\n",
                "import threading",
                "flag = []",
                "t = threading.Thread(target=lambda: flag.append(1))",
                "t.start()",
                "while not flag:",
                "    pass",
                "t.join()",
                "print('seen')",
                ""));
        assertEquals(new Result("seen\n", "", 0), r);
    }

    @Test
    void interruptMainRaisesKeyboardInterruptInTheMainThread() throws Exception {
        Result r = run(String.join("\n",
                "import _thread, threading, time",
                "def poke():",
                "    time.sleep(0.05)",
                "    _thread.interrupt_main()",
                "threading.Thread(target=poke).start()",
                "try:",
                "    while True:",
                "        pass",
                "except KeyboardInterrupt as e:",
                "    print('caught', repr(e))",
                ""));
        assertEquals(new Result("caught KeyboardInterrupt()\n", "", 0), r);
    }

    @Test
    void daemonThreadsStopAtExitAndNonDaemonThreadsAreJoined() throws Exception {
        Result r = run(String.join("\n",
                "import threading, time, atexit",
                "atexit.register(print, 'atexit')",
                "def daemon():",
                "    while True:",
                "        time.sleep(0.001)",
                "def spinner():",
                "    x = 0",
                "    while True:",
                "        x += 1",
                "threading.Thread(target=daemon, daemon=True).start()",
                "threading.Thread(target=spinner, daemon=True).start()",
                // The worker waits for main's print, so the order does not depend on scheduling,
                // then sleeps so that exit really has to join it.
                "go = threading.Event()",
                "threading.Thread(target=lambda: (go.wait(), time.sleep(0.1), print('worker done'))).start()",
                "print('main done')",
                "go.set()",
                "raise SystemExit(3)",
                ""));
        assertEquals(new Result("main done\nworker done\natexit\n", "", 3), r);
    }

    @Test
    void tracedThreadsKeepTheLockOrder() throws Exception {
        dev.pyjama.interp.LockOrder.setEnabled(true);
        Result r;
        AssertionError violation;
        try {
            r = run(String.join("\n",
                    "import threading, sys",
                    "sys.setswitchinterval(0.0005)",
                    "events = []",
                    "lock = threading.Lock()",
                    "def tracer(frame, event, arg):",
                    "    return tracer",
                    "def work(n):",
                    "    total = 0",
                    "    for i in range(2000):",
                    "        total += i % 7",
                    "    return total",
                    "mon = sys.monitoring",
                    "mon.use_tool_id(3, 'test')",
                    "def on_start(code, offset):",
                    "    with lock:",
                    "        events.append(code.co_name)",
                    "mon.register_callback(3, mon.events.PY_START, on_start)",
                    "def toggler():",
                    "    for i in range(50):",
                    "        mon.set_events(3, mon.events.PY_START if i % 2 else 0)",
                    "        sys.settrace(tracer if i % 2 else None)",
                    "    mon.set_events(3, 0)",
                    "threading.settrace(tracer)",
                    "threading.setprofile(lambda f, e, a: None)",
                    "ts = [threading.Thread(target=work, args=(i,)) for i in range(4)] + [threading.Thread(target=toggler)]",
                    "for t in ts: t.start()",
                    "for t in ts: t.join()",
                    "print('done')",
                    ""));
        } finally {
            violation = dev.pyjama.interp.LockOrder.firstViolation();
            dev.pyjama.interp.LockOrder.setEnabled(false);
        }
        if (violation != null) throw violation;
        assertEquals(new Result("done\n", "", 0), r);
    }
}
