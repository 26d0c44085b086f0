package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;
import static dev.pyjama.modules.ModuleSupport.osError;
import static dev.pyjama.modules.ModuleSupport.set;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Gil;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Child processes, as {@code subprocess} drives them: {@code _posixsubprocess.fork_exec} starts
 * one through {@link ProcessBuilder}, and the posix functions around it ({@code pipe},
 * {@code waitpid}, {@code kill}, the wait-status macros) see it by its real pid. The JVM cannot
 * fork or pass descriptors to a child, so a pipe the parent made for the child's stdin, stdout or
 * stderr has its parent end switched to the stream {@link Process} offers, and output the child
 * would write to the parent's own stdout or stderr is copied there by a thread.
 */
// CPython: Modules/_posixsubprocess.c subprocess_fork_exec_impl, child_exec; Modules/posixmodule.c os_waitpid_impl
public final class ChildProcesses {
    private ChildProcesses() {}

    private static final int WNOHANG = 1;

    private record Child(Process process, List<Thread> pumps, int[] signal) {}

    private static final Map<Long, Child> CHILDREN = new ConcurrentHashMap<>();
    /** os.putenv / os.unsetenv: what a child started without an explicit environment inherits (null = removed). */
    private static final Map<String, String> ENV_CHANGES = new ConcurrentHashMap<>();

    /** getenv(3) as CPython sees it: the process's environment with os.putenv/unsetenv's changes. */
    public static String getenv(String name) {
        String v = ENV_CHANGES.get(name);
        if (v == null) return System.getenv(name);
        return v == REMOVED ? null : v;
    }
    private static final String REMOVED = new String("<removed>");
    private static int failedPids = 0x7ff00000;

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_posixsubprocess");
        def(m, "fork_exec", (a, kw) -> forkExec(a, kw));
        return m;
    }

    /** The posix functions for pipes and children. */
    static void install(PyModule m) {
        set(m, "WNOHANG", WNOHANG);
        set(m, "WUNTRACED", 2);
        set(m, "WCONTINUED", 8);
        def(m, "pipe", (a, kw) -> {
            ModuleSupport.noArgs("pipe", a, kw);
            int[] fds = Pipes.pipe();
            return PyTuple.of(PyInt.of(fds[0]), PyInt.of(fds[1]));
        });
        def(m, "waitpid", (a, kw) -> {
            ModuleSupport.positional("waitpid", a, kw, 2, 2);
            return waitpid(ModuleSupport.asLong(a[0]), ModuleSupport.asInt(a[1]));
        });
        def(m, "kill", (a, kw) -> {
            ModuleSupport.positional("kill", a, kw, 2, 2);
            kill(ModuleSupport.asLong(a[0]), ModuleSupport.asInt(a[1]));
            return PyNone.NONE;
        });
        // CPython: Modules/posixmodule.c os_waitstatus_to_exitcode_impl and the W* macros of <sys/wait.h>
        def(m, "waitstatus_to_exitcode", (a, kw) -> {
            PyObject[] p = Args.parse("waitstatus_to_exitcode", a, 0, kw, new String[] {"status"}, 1, 1);
            int st = ModuleSupport.asInt(p[0]);
            if ((st & 0x7f) == 0) return PyInt.of((st >> 8) & 0xff);
            if ((st & 0x7f) != 0x7f) return PyInt.of(-(st & 0x7f));
            throw Errors.valueError("invalid wait status: " + st);
        });
        status(m, "WIFEXITED", st -> PyBool.of((st & 0x7f) == 0));
        status(m, "WEXITSTATUS", st -> PyInt.of((st >> 8) & 0xff));
        status(m, "WIFSIGNALED", st -> PyBool.of(((st & 0x7f) + 1) >> 1 > 0 && (st & 0xff) != 0x7f));
        status(m, "WTERMSIG", st -> PyInt.of(st & 0x7f));
        status(m, "WIFSTOPPED", st -> PyBool.of((st & 0xff) == 0x7f));
        status(m, "WSTOPSIG", st -> PyInt.of((st >> 8) & 0xff));
        status(m, "WIFCONTINUED", st -> PyBool.of(st == 0xffff));
        status(m, "WCOREDUMP", st -> PyBool.of((st & 0x80) != 0));
        def(m, "system", (a, kw) -> {
            PyObject[] p = Args.parse("system", a, 0, kw, new String[] {"command"}, 1, 1);
            return PyInt.of(system(ModuleSupport.path("system", "command", ModuleSupport.fspath(p[0]))));
        });
        def(m, "putenv", (a, kw) -> {
            ModuleSupport.positional("putenv", a, kw, 2, 2);
            ENV_CHANGES.put(ModuleSupport.path("putenv", "name", a[0]), ModuleSupport.path("putenv", "value", a[1]));
            return PyNone.NONE;
        });
        def(m, "unsetenv", (a, kw) -> {
            ModuleSupport.positional("unsetenv", a, kw, 1, 1);
            ENV_CHANGES.put(ModuleSupport.path("unsetenv", "name", a[0]), REMOVED);
            return PyNone.NONE;
        });
    }

    private interface StatusMacro {
        PyObject apply(int status);
    }

    private static void status(PyModule m, String name, StatusMacro f) {
        def(m, name, (a, kw) -> {
            PyObject[] p = Args.parse(name, a, 0, kw, new String[] {"status"}, 1, 1);
            return f.apply(ModuleSupport.asInt(p[0]));
        });
    }

    // CPython: Modules/_posixsubprocess.c subprocess_fork_exec_impl (23 positional arguments in 3.13)
    private static PyObject forkExec(PyObject[] a, PyTuple kw) {
        ModuleSupport.positional("fork_exec", a, kw, 23, 23);
        List<String> argv = new ArrayList<>();
        for (PyObject o : Abstract.toList(a[0])) argv.add(ModuleSupport.path("fork_exec", "args", o));
        List<String> candidates = new ArrayList<>();
        if (a[1] != PyNone.NONE) for (PyObject o : Abstract.toList(a[1])) candidates.add(ModuleSupport.path("fork_exec", "executable", o));
        Path dir = a[4] == PyNone.NONE ? FileDescriptors.cwd : PosixModule.resolve(ModuleSupport.path("fork_exec", "cwd", a[4]));
        int p2cread = ModuleSupport.asInt(a[6]), c2pwrite = ModuleSupport.asInt(a[9]);
        int errwrite = ModuleSupport.asInt(a[11]), errpipeWrite = ModuleSupport.asInt(a[13]);
        if (a[21] != PyNone.NONE) throw Errors.raise(dev.pyjama.objects.ExceptionTypes.RUNTIME_ERROR, "pyjama cannot run preexec_fn in a child process");

        if (!Files.isDirectory(dir)) return failed(errpipeWrite, "OSError:2:noexec:chdir");
        // the child execs the first candidate that is an executable file, as child_exec's loop does
        String exe = null;
        int errno = 2;
        for (String c : candidates) {
            Path p = dir.resolve(c);
            if (Files.isRegularFile(p)) {
                if (Files.isExecutable(p)) {
                    exe = p.toString();
                    break;
                }
                errno = 13;
            }
        }
        if (exe == null) return failed(errpipeWrite, "OSError:" + Integer.toHexString(errno) + ":");
        List<String> command = new ArrayList<>();
        command.add(exe);
        command.addAll(argv.subList(Math.min(1, argv.size()), argv.size()));

        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        if (a[5] != PyNone.NONE) {
            env.clear();
            for (PyObject o : Abstract.toList(a[5])) {
                String kv = ModuleSupport.path("fork_exec", "env", o);
                int eq = kv.indexOf('=');
                if (eq > 0) env.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        } else {
            ENV_CHANGES.forEach((k, v) -> {
                if (v == REMOVED) env.remove(k);
                else env.put(k, v);
            });
        }
        Interpreter in = Interpreter.current();
        Pipes.End stdinPipe = Pipes.get(p2cread), stdoutPipe = Pipes.get(c2pwrite), stderrPipe = Pipes.get(errwrite);
        pb.redirectInput(p2cread < 0 || p2cread == 0 ? ProcessBuilder.Redirect.INHERIT
                : stdinPipe != null ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.from(FileDescriptors.pathOf(p2cread).toFile()));
        pb.redirectOutput(outputRedirect(c2pwrite, stdoutPipe));
        boolean merged = errwrite >= 0 && errwrite == c2pwrite;
        if (merged) pb.redirectErrorStream(true);
        else pb.redirectError(outputRedirect(errwrite, stderrPipe));

        Process proc;
        try {
            proc = pb.start();
        } catch (IOException e) {
            String msg = String.valueOf(e.getMessage());
            int at = msg.indexOf("error=");
            int code = 2;
            if (at >= 0) {
                int end = at + 6;
                while (end < msg.length() && Character.isDigit(msg.charAt(end))) end++;
                code = Integer.parseInt(msg.substring(at + 6, end));
            }
            return failed(errpipeWrite, "OSError:" + Integer.toHexString(code) + ":");
        }
        List<Thread> pumps = new ArrayList<>();
        if (stdinPipe != null) {
            stdinPipe.partner.out = proc.getOutputStream();
            stdinPipe.partner.in = null;
            stdinPipe.partner.child = proc; // its exit hangs the write end up, for poll
        }
        connectOutput(proc, proc.getInputStream(), c2pwrite, stdoutPipe, in.out, in.err, pumps);
        if (!merged) connectOutput(proc, proc.getErrorStream(), errwrite, stderrPipe, in.out, in.err, pumps);
        CHILDREN.put(proc.pid(), new Child(proc, pumps, new int[1]));
        return PyInt.of(proc.pid());
    }

    /**
     * Runs {@code command} with /bin/sh and returns its wait status. The child reads the
     * process's stdin; its output goes to this interpreter's stdout and stderr below Python's
     * buffers (what is still in sys.stdout's buffer comes after it, as in CPython).
     */
    // CPython: Modules/posixmodule.c os_system_impl
    private static int system(String command) {
        Audit.fire("os.system", PyStr.of(command));
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command).directory(FileDescriptors.cwd.toFile());
        Map<String, String> env = pb.environment();
        ENV_CHANGES.forEach((k, v) -> {
            if (v == REMOVED) env.remove(k);
            else env.put(k, v);
        });
        pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
        Process proc;
        try {
            proc = pb.start();
        } catch (IOException e) {
            return 127 << 8; // what sh reports for a command it cannot run
        }
        Interpreter in = Interpreter.current();
        List<Thread> pumps = new ArrayList<>();
        connectOutput(proc, proc.getInputStream(), 1, null, in.out, in.err, pumps);
        connectOutput(proc, proc.getErrorStream(), 2, null, in.out, in.err, pumps);
        int code;
        Gil gil = Gil.release();
        try {
            code = waitFor(new Child(proc, pumps, new int[1]));
        } finally {
            Gil.reacquire(gil);
        }
        return (code & 0xff) << 8;
    }

    private static ProcessBuilder.Redirect outputRedirect(int fd, Pipes.End pipe) {
        if (fd < 0 || fd == 1 || fd == 2 || pipe != null) return ProcessBuilder.Redirect.PIPE;
        try {
            return ProcessBuilder.Redirect.appendTo(FileDescriptors.pathOf(fd).toFile());
        } catch (dev.pyjama.objects.PyException e) {
            return ProcessBuilder.Redirect.DISCARD;
        }
    }

    /** The parent's end of a pipe reads the child's stream; output meant for the parent's own stdout/stderr is copied there. */
    private static void connectOutput(Process proc, InputStream child, int fd, Pipes.End pipe, OutputStream out, OutputStream err,
            List<Thread> pumps) {
        if (pipe != null && pipe.partner != null) {
            pipe.partner.in = child;
            pipe.partner.child = proc;
            return;
        }
        if (fd >= 0 && fd != 1 && fd != 2) return; // a file: the child writes it itself
        OutputStream target = fd == 2 ? err : out;
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = child.read(buf)) > 0; ) {
                    synchronized (target) {
                        target.write(buf, 0, n);
                        target.flush();
                    }
                }
            } catch (IOException ignored) {
                // the child is gone
            }
        }, "pyjama-child-output");
        t.setDaemon(true);
        t.start();
        pumps.add(t);
    }

    /** The child could not be started: child_exec's report through the error pipe, and a pid no wait will find. */
    private static PyObject failed(int errpipeWrite, String report) {
        Pipes.End e = Pipes.get(errpipeWrite);
        if (e != null) Pipes.write(e, report.getBytes(StandardCharsets.US_ASCII));
        return PyInt.of(failedPids++);
    }

    private static PyObject waitpid(long pid, int options) {
        Child c = null;
        long found = pid;
        if (pid == -1 || pid == 0) {
            for (Map.Entry<Long, Child> e : CHILDREN.entrySet()) {
                c = e.getValue();
                found = e.getKey();
                if (!c.process.isAlive()) break;
            }
        } else {
            c = CHILDREN.get(pid);
        }
        if (c == null) throw osError(10, null); // ECHILD
        if ((options & WNOHANG) != 0 && c.process.isAlive()) return PyTuple.of(PyInt.of(0), PyInt.of(0));
        int code;
        Gil gil = Gil.release();
        try {
            code = waitFor(c);
        } finally {
            Gil.reacquire(gil);
        }
        CHILDREN.remove(found);
        int sig = c.signal[0];
        // the JVM reports a child a signal ended as 128 + the signal's number
        int status = sig != 0 && code == 128 + sig ? sig : (code & 0xff) << 8;
        return PyTuple.of(PyInt.of(found), PyInt.of(status));
    }

    private static int waitFor(Child c) {
        boolean interrupted = false;
        int code;
        while (true) {
            try {
                code = c.process.waitFor();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        for (Thread t : c.pumps) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        return code;
    }

    private static void kill(long pid, int sig) {
        Child c = CHILDREN.get(pid);
        ProcessHandle h = c != null ? c.process.toHandle() : ProcessHandle.of(pid).orElse(null);
        if (h == null || !h.isAlive()) {
            if (c != null) return; // exited but not yet waited for: a zombie takes signals silently
            throw osError(3, null); // ESRCH
        }
        if (sig == 0) return;
        if (sig != 9 && sig != 15 && signalWithKillCommand(pid, sig)) {
            if (c != null) c.signal[0] = sig; // a real signal: its exit (128 + sig) reads back as that signal
            return;
        }
        if (c != null) c.signal[0] = sig == 9 ? 9 : 15;
        if (sig == 9) h.destroyForcibly();
        else h.destroy();
    }

    /**
     * Any other signal goes through kill(1): the JDK can only send SIGTERM and SIGKILL. False when
     * the command is missing or refused, and then the child gets SIGTERM as before.
     */
    private static boolean signalWithKillCommand(long pid, int sig) {
        Gil gil = Gil.release();
        try {
            Process k = new ProcessBuilder("kill", "-" + sig, Long.toString(pid)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return k.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            Gil.reacquire(gil);
        }
    }
}
