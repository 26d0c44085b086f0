package dev.pyjama.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjama.cli.Main;
import dev.pyjama.testing.CPython313;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fcntl.lockf against another process, which a parity fixture cannot show: the same program runs
 * on CPython and on pyjama (in process), each taking and probing POSIX record locks while a CPython
 * child holds or probes them, and both must print the same. pyjama's locks are java.nio FileLocks,
 * which the JDK takes with fcntl(F_SETLK) as CPython's lockf does, so the two processes see each other.
 */
class FcntlLocksTest {
    private static final String PROBE = String.join("\n",
            "import fcntl, os",
            "fd = os.open('lock.txt', os.O_RDWR)",
            "try:",
            "    fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)",
            "    print('child: locked')",
            "except OSError as e:",
            "    print('child:', type(e).__name__, e.errno)");
    private static final String HOLDER = String.join("\n",
            "import fcntl, os, sys",
            "fd = os.open('lock.txt', os.O_RDWR)",
            "fcntl.lockf(fd, fcntl.LOCK_EX)",
            "print('held', flush=True)",
            "sys.stdin.readline()");
    private static final String PROGRAM = String.join("\n",
            "import fcntl, os, subprocess, sys",
            "cpython = sys.argv[1]",
            "def probe():",
            "    print(subprocess.run([cpython, '-c', " + pyStr(PROBE) + "], capture_output=True, text=True).stdout, end='')",
            "fd = os.open('lock.txt', os.O_RDWR | os.O_CREAT)",
            "probe()",
            "fcntl.lockf(fd, fcntl.LOCK_EX)",
            "probe()",
            "fcntl.lockf(fd, fcntl.LOCK_UN)",
            "probe()",
            "holder = subprocess.Popen([cpython, '-c', " + pyStr(HOLDER) + "], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)",
            "print('holder:', holder.stdout.readline(), end='')",
            "for op in ('LOCK_EX', 'LOCK_SH'):",
            "    try:",
            "        fcntl.lockf(fd, getattr(fcntl, op) | fcntl.LOCK_NB)",
            "        print(op, 'locked')",
            "    except OSError as e:",
            "        print(op, type(e).__name__, e.errno)",
            "holder.communicate('\\n')",
            "fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)",
            "print('after the holder: locked')",
            "os.close(fd)",
            "probe()",
            "");

    private static String pyStr(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
    }

    @TempDir Path dir;

    @Test
    void lockfSeesOtherProcessesAsCPythonDoes() throws Exception {
        CPython313.require();
        String cpython = dev.pyjama.tools.CPython.find().executable();
        ProcessBuilder pb = new ProcessBuilder(cpython, "-E", "-c", PROGRAM, cpython).directory(dir.toFile())
                .redirectErrorStream(true);
        Process p = pb.start();
        String expected = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) throw new AssertionError("CPython timed out");
        assertEquals(0, p.exitValue(), expected);
        assertEquals("child: locked\nchild: BlockingIOError 11\nchild: locked\nholder: held\n"
                + "LOCK_EX BlockingIOError 11\nLOCK_SH BlockingIOError 11\nafter the holder: locked\nchild: locked\n", expected);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            status = Main.run(new String[] {"-E", "-c", PROGRAM, cpython}, dir, new ByteArrayInputStream(new byte[0]), o, o);
        }
        assertEquals(expected, out.toString(StandardCharsets.UTF_8));
        assertEquals(0, status);
    }
}
