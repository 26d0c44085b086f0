package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PySet;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _signal}, minimal: the Linux signal numbers and names, and a handler table that
 * signal()/getsignal() keep as CPython's does (SIGINT starts with default_int_handler,
 * SIGPIPE and SIGXFSZ ignored). The JVM owns the process's real signal dispositions, so
 * handlers run only through raise_signal(); timers and masks answer as if idle.
 */
// CPython: Modules/signalmodule.c
public final class SignalModule {
    private SignalModule() {}

    private static final int NSIG = 65;
    /** strsignal() as glibc words it, for 1..31 (32 and 33 are glibc's own: None). */
    private static final String[] NAMES = {
        null, "Hangup", "Interrupt", "Quit",
        "Illegal instruction", "Trace/breakpoint trap", "Aborted", "Bus error",
        "Floating point exception", "Killed", "User defined signal 1", "Segmentation fault",
        "User defined signal 2", "Broken pipe", "Alarm clock", "Terminated",
        "Stack fault", "Child exited", "Continued", "Stopped (signal)",
        "Stopped", "Stopped (tty input)", "Stopped (tty output)", "Urgent I/O condition",
        "CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired", "Profiling timer expired",
        "Window changed", "I/O possible", "Power failure", "Bad system call"};
    static final PyType ITIMER_ERROR = PyType.builtin("signal.itimer_error", ExceptionTypes.OS_ERROR);

    static {
        ITIMER_ERROR.dict.put("__module__", PyStr.of("signal"));
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_signal");
        ModuleSupport.set(m, "SIGABRT", 6);
        ModuleSupport.set(m, "SIGALRM", 14);
        ModuleSupport.set(m, "SIGBUS", 7);
        ModuleSupport.set(m, "SIGCHLD", 17);
        ModuleSupport.set(m, "SIGCLD", 17);
        ModuleSupport.set(m, "SIGCONT", 18);
        ModuleSupport.set(m, "SIGFPE", 8);
        ModuleSupport.set(m, "SIGHUP", 1);
        ModuleSupport.set(m, "SIGILL", 4);
        ModuleSupport.set(m, "SIGINT", 2);
        ModuleSupport.set(m, "SIGIO", 29);
        ModuleSupport.set(m, "SIGIOT", 6);
        ModuleSupport.set(m, "SIGKILL", 9);
        ModuleSupport.set(m, "SIGPIPE", 13);
        ModuleSupport.set(m, "SIGPOLL", 29);
        ModuleSupport.set(m, "SIGPROF", 27);
        ModuleSupport.set(m, "SIGPWR", 30);
        ModuleSupport.set(m, "SIGQUIT", 3);
        ModuleSupport.set(m, "SIGRTMAX", 64);
        ModuleSupport.set(m, "SIGRTMIN", 34);
        ModuleSupport.set(m, "SIGSEGV", 11);
        ModuleSupport.set(m, "SIGSTKFLT", 16);
        ModuleSupport.set(m, "SIGSTOP", 19);
        ModuleSupport.set(m, "SIGSYS", 31);
        ModuleSupport.set(m, "SIGTERM", 15);
        ModuleSupport.set(m, "SIGTRAP", 5);
        ModuleSupport.set(m, "SIGTSTP", 20);
        ModuleSupport.set(m, "SIGTTIN", 21);
        ModuleSupport.set(m, "SIGTTOU", 22);
        ModuleSupport.set(m, "SIGURG", 23);
        ModuleSupport.set(m, "SIGUSR1", 10);
        ModuleSupport.set(m, "SIGUSR2", 12);
        ModuleSupport.set(m, "SIGVTALRM", 26);
        ModuleSupport.set(m, "SIGWINCH", 28);
        ModuleSupport.set(m, "SIGXCPU", 24);
        ModuleSupport.set(m, "SIGXFSZ", 25);
        ModuleSupport.set(m, "SIG_BLOCK", 0);
        ModuleSupport.set(m, "SIG_SETMASK", 2);
        ModuleSupport.set(m, "SIG_UNBLOCK", 1);
        ModuleSupport.set(m, "ITIMER_REAL", 0);
        ModuleSupport.set(m, "ITIMER_VIRTUAL", 1);
        ModuleSupport.set(m, "ITIMER_PROF", 2);
        ModuleSupport.set(m, "NSIG", 65);
        PyObject dfl = PyInt.of(0), ign = PyInt.of(1);
        ModuleSupport.set(m, "SIG_DFL", dfl);
        ModuleSupport.set(m, "SIG_IGN", ign);
        ModuleSupport.set(m, "ItimerError", ITIMER_ERROR);
        PyBuiltinFunction intHandler = def(m, "default_int_handler", (a, kw) -> {
            throw Errors.raise(ExceptionTypes.KEYBOARD_INTERRUPT, null);
        });
        PyObject[] handlers = new PyObject[NSIG];
        for (int i = 1; i < NSIG; i++) handlers[i] = i == 32 || i == 33 ? PyNone.NONE : dfl;
        handlers[2] = intHandler;
        handlers[13] = ign;
        handlers[25] = ign;
        // CPython: Modules/signalmodule.c signal_signal_impl
        def(m, "signal", (a, kw) -> {
            ModuleSupport.positional("signal", a, kw, 2, 2);
            int sig = signum(a[0]);
            PyObject h = a[1];
            boolean special = h instanceof PyInt i && (i.signum() == 0 || i.equals(PyInt.of(1)));
            if (!special && !Abstract.isCallable(h)) {
                throw Errors.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            }
            if (sig == 9 || sig == 19 || sig == 32 || sig == 33) throw ModuleSupport.osError(22, null);
            PyObject old = handlers[sig];
            handlers[sig] = h;
            return old;
        });
        def(m, "getsignal", (a, kw) -> handlers[signum(ModuleSupport.one("getsignal", a, kw))]);
        // CPython: Modules/signalmodule.c signal_raise_signal_impl (the handler runs before raise_signal returns)
        def(m, "raise_signal", (a, kw) -> {
            int sig = signum(ModuleSupport.one("raise_signal", a, kw));
            PyObject h = handlers[sig];
            if (h instanceof PyInt i) {
                if (i.signum() != 0) return PyNone.NONE;
                // the default action of the signals raise_signal is used with: end the process as the signal would
                if (sig == 17 || sig == 18 || sig == 23 || sig == 28) return PyNone.NONE;
                Runtime.getRuntime().halt(128 + sig);
            }
            if (h != PyNone.NONE) Abstract.call(h, PyInt.of(sig), PyNone.NONE);
            return PyNone.NONE;
        });
        def(m, "strsignal", (a, kw) -> {
            int sig = signum(ModuleSupport.one("strsignal", a, kw));
            if (sig < NAMES.length) return NAMES[sig] == null ? PyNone.NONE : PyStr.of(NAMES[sig]);
            if (sig >= 34) return PyStr.of("Real-time signal " + (sig - 34));
            return PyNone.NONE;
        });
        def(m, "valid_signals", (a, kw) -> {
            ModuleSupport.noArgs("valid_signals", a, kw);
            List<PyObject> s = new ArrayList<>();
            for (int i = 1; i < NSIG; i++) if (i != 32 && i != 33) s.add(PyInt.of(i));
            return new PySet(s);
        });
        int[] wakeup = {-1};
        def(m, "set_wakeup_fd", (a, kw) -> {
            dev.pyjama.interp.Args.parse("set_wakeup_fd", a, 0, kw, new String[] {"", "warn_on_full_buffer"}, 1, 1);
            int old = wakeup[0];
            wakeup[0] = ModuleSupport.asInt(a[0]);
            return PyInt.of(old);
        });
        def(m, "siginterrupt", (a, kw) -> {
            ModuleSupport.positional("siginterrupt", a, kw, 2, 2);
            signum(a[0]);
            return PyNone.NONE;
        });
        def(m, "alarm", (a, kw) -> {
            ModuleSupport.asInt(ModuleSupport.one("alarm", a, kw));
            return PyInt.of(0);
        });
        PyObject idle = PyTuple.of(dev.pyjama.objects.PyFloat.of(0.0), dev.pyjama.objects.PyFloat.of(0.0));
        def(m, "getitimer", (a, kw) -> {
            ModuleSupport.asInt(ModuleSupport.one("getitimer", a, kw));
            return idle;
        });
        def(m, "setitimer", (a, kw) -> {
            ModuleSupport.positional("setitimer", a, kw, 2, 3);
            return idle;
        });
        def(m, "pthread_sigmask", (a, kw) -> {
            ModuleSupport.positional("pthread_sigmask", a, kw, 2, 2);
            return new PySet(new ArrayList<>());
        });
        def(m, "sigpending", (a, kw) -> new PySet(new ArrayList<>()));
        return m;
    }

    private static int signum(PyObject o) {
        int sig = ModuleSupport.asInt(o);
        if (sig < 1 || sig >= NSIG) throw Errors.valueError("signal number out of range");
        return sig;
    }
}
