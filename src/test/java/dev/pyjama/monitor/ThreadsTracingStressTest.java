package dev.pyjama.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pyjama.cli.Main;
import dev.pyjama.interp.LockOrder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 8's stress test, bounded: bench/threads_stress.py runs in-process with eight worker
 * threads executing traced Python code while a switcher thread makes 10,000 switches of
 * threading.settrace_all_threads / setprofile_all_threads / sys.monitoring.set_events /
 * set_local_events. The program checks every event its callbacks receive (a live frame of the
 * receiving thread, a known event name, the right argument type) and that no legacy event
 * reaches a worker after the final switch-off; this test requires its summary to say so, with
 * events of all three kinds received on all eight workers. It also fails on any Java
 * exception (in the program's threads or printed to its stderr), on a lock taken against
 * design.md's order (the LockOrder check is on), and on a deadlock: when the run has not ended
 * within the time bound it prints every Java thread's stack and fails.
 * {@code bench/threads-stress [SECONDS]} runs the same program for longer.
 */
class ThreadsTracingStressTest {
    private static final int SWITCHES = 10_000;
    private static final long TIME_BOUND_SECONDS = 300;
    private static final long STACK_BYTES = 1L << 30;

    @Test
    void switchingTracingOnEveryThreadWhileEightThreadsRunTracedCode() throws Exception {
        Path program = Path.of("bench/threads_stress.py").toAbsolutePath();
        assertTrue(Files.exists(program), "missing " + program);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] status = {Integer.MIN_VALUE};
        List<String> javaErrors = Collections.synchronizedList(new ArrayList<>());
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> javaErrors.add(t.getName() + ": " + stackTrace(e)));
        boolean checking = LockOrder.isEnabled();
        Throwable[] violation = {null};
        LockOrder.setEnabled(true);
        Thread runner = new Thread(null, () -> {
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                status[0] = Main.run(new String[] {program.toString(), "switches", String.valueOf(SWITCHES)},
                        program.getParent(), new ByteArrayInputStream(new byte[0]), o, e);
            } catch (Throwable x) {
                javaErrors.add("main: " + stackTrace(x));
            }
        }, "threads-stress", STACK_BYTES);
        runner.setDaemon(true);
        try {
            runner.start();
            runner.join(TIME_BOUND_SECONDS * 1000);
            if (runner.isAlive()) {
                String dumps = threadDumps();
                System.err.println(dumps);
                fail("the stress program did not end within " + TIME_BOUND_SECONDS + " s (deadlock?); output so far:\n"
                        + out.toString(StandardCharsets.UTF_8) + "\nthread dumps:\n" + dumps);
            }
            violation[0] = LockOrder.firstViolation();
        } finally {
            LockOrder.setEnabled(checking);
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
        String stdout = out.toString(StandardCharsets.UTF_8), stderr = err.toString(StandardCharsets.UTF_8);
        System.out.print(stdout);
        assertEquals(List.of(), javaErrors, "Java exceptions");
        if (violation[0] != null) fail("lock order violated: " + stackTrace(violation[0]));
        assertEquals("", stderr, "stderr of the stress program (stdout:\n" + stdout + ")");
        assertTrue(stdout.contains("switches: " + SWITCHES + " in "), stdout);
        assertTrue(stdout.contains("\nerrors: 0\n"), "malformed events:\n" + stdout);
        assertTrue(stdout.contains("\nlate events: 0 (workers checked after the final switch-off: 8)\n"),
                "legacy events after the final switch-off:\n" + stdout);
        // Every worker received trace, profile and monitoring events: the all-threads functions
        // reached the threads that did not call them.
        Matcher m = Pattern.compile("events: trace \\d+, profile \\d+, monitoring \\d+; workers that received them: (\\d+), (\\d+), (\\d+)")
                .matcher(stdout);
        assertTrue(m.find(), stdout);
        for (int g = 1; g <= 3; g++) {
            assertEquals("8", m.group(g), "a worker received no events of one kind:\n" + stdout);
        }
        assertTrue(stdout.contains("threads alive after join: []"), stdout);
        assertEquals(0, status[0], stdout);
    }

    private static String stackTrace(Throwable e) {
        StringWriter sw = new StringWriter();
        e.printStackTrace(new PrintWriter(sw));
        return sw.toString();
    }

    private static String threadDumps() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            Thread t = e.getKey();
            sb.append('"').append(t.getName()).append("\" ").append(t.getState()).append('\n');
            for (StackTraceElement el : e.getValue()) sb.append("    at ").append(el).append('\n');
        }
        return sb.toString();
    }
}
