package dev.pyjama.modules;

import static dev.pyjama.interp.BuiltinTypes.put;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code select}: select() and poll() with CPython's argument checks, over sockets (a java.nio
 * selector waits for them), pipes (ready when bytes or end of file wait) and files (always
 * ready, as regular files are); {@link Readiness} does the waiting, without the GIL. No epoll,
 * so selectors picks PollSelector, as CPython does where epoll is missing.
 */
// CPython: Modules/selectmodule.c
public final class SelectModule {
    private SelectModule() {}

    static final PyType POLL = PyType.builtin("select.poll", null);

    static final class Poll extends PyObject {
        final Map<Integer, Integer> fds = new LinkedHashMap<>();

        @Override public PyType type() { return POLL; }

        @Override
        public String repr() {
            return "<select.poll object at 0x" + dev.pyjama.objects.PyHash.addressHex(this) + ">";
        }
    }

    static final int POLLIN = 1, POLLPRI = 2, POLLOUT = 4;

    static {
        POLL.baseType = false;
        POLL.disallowInstantiation = true;
        put(POLL, "register", (args, kw) -> {
            ModuleSupport.positional("register", java.util.Arrays.copyOfRange(args, 1, args.length), kw, 1, 2);
            int mask = args.length > 2 ? (int) (ModuleSupport.asLong(args[2]) & 0xffff) : POLLIN | POLLPRI | POLLOUT;
            ((Poll) args[0]).fds.put(fd(args[1]), mask);
            return PyNone.NONE;
        });
        put(POLL, "modify", (args, kw) -> {
            ModuleSupport.positional("modify", java.util.Arrays.copyOfRange(args, 1, args.length), kw, 2, 2);
            Poll p = (Poll) args[0];
            int fd = fd(args[1]);
            if (!p.fds.containsKey(fd)) throw ModuleSupport.osError(2, null);
            p.fds.put(fd, (int) (ModuleSupport.asLong(args[2]) & 0xffff));
            return PyNone.NONE;
        });
        put(POLL, "unregister", (args, kw) -> {
            ModuleSupport.one("unregister", java.util.Arrays.copyOfRange(args, 1, args.length), kw);
            Poll p = (Poll) args[0];
            int fd = fd(args[1]);
            if (p.fds.remove(fd) == null) throw new PyException((PyBaseException) Abstract.call(ExceptionTypes.KEY_ERROR, PyInt.of(fd)));
            return PyNone.NONE;
        });
        put(POLL, "poll", (args, kw) -> {
            ModuleSupport.positional("poll", java.util.Arrays.copyOfRange(args, 1, args.length), kw, 0, 1);
            Poll p = (Poll) args[0];
            // poll's timeout is in milliseconds; None or a negative value waits for ever
            double timeout = args.length > 1 && args[1] != PyNone.NONE ? ModuleSupport.asDouble(args[1]) / 1000.0 : -1;
            Map<Integer, Integer> want = new LinkedHashMap<>();
            for (Map.Entry<Integer, Integer> e : p.fds.entrySet()) want.put(e.getKey(), e.getValue() & (POLLIN | POLLOUT));
            Map<Integer, Integer> ready = Readiness.wait(want, timeout);
            List<PyObject> out = new ArrayList<>();
            for (Map.Entry<Integer, Integer> e : ready.entrySet()) out.add(PyTuple.of(PyInt.of(e.getKey()), PyInt.of(e.getValue())));
            return new PyList(out);
        });
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("select");
        ModuleSupport.set(m, "error", ExceptionTypes.OS_ERROR);
        ModuleSupport.set(m, "PIPE_BUF", 4096);
        String[] names = {"POLLIN", "POLLPRI", "POLLOUT", "POLLERR", "POLLHUP", "POLLNVAL", "POLLRDNORM", "POLLRDBAND",
            "POLLWRNORM", "POLLWRBAND", "POLLMSG"};
        for (int i = 0; i < names.length; i++) ModuleSupport.set(m, names[i], 1L << i);
        ModuleSupport.set(m, "POLLRDHUP", 0x2000);
        ModuleSupport.def(m, "poll", (a, kw) -> {
            ModuleSupport.noArgs("poll", a, kw);
            return new Poll();
        });
        // CPython: Modules/selectmodule.c select_select_impl
        ModuleSupport.def(m, "select", (a, kw) -> {
            ModuleSupport.positional("select", a, kw, 3, 4);
            double timeout = -1;
            if (a.length > 3 && a[3] != PyNone.NONE) {
                if (!(a[3] instanceof PyInt || a[3] instanceof PyFloat || a[3].type().lookup("__float__") != null)) {
                    throw Errors.typeError("timeout must be a float or None");
                }
                timeout = ModuleSupport.asDouble(a[3]);
                if (timeout < 0) throw Errors.valueError("timeout must be non-negative");
            }
            PyObject[][] lists = new PyObject[3][];
            for (int i = 0; i < 3; i++) {
                if (a[i].type().lookup("__iter__") == null && a[i].type().lookup("__getitem__") == null) {
                    throw Errors.typeError("arguments 1-3 must be sequences");
                }
                lists[i] = Abstract.toArray(a[i]);
                for (PyObject o : lists[i]) fd(o);
            }
            Map<Integer, Integer> want = new LinkedHashMap<>();
            for (PyObject o : lists[0]) want.merge(fd(o), POLLIN, (x, y) -> x | y);
            for (PyObject o : lists[1]) want.merge(fd(o), POLLOUT, (x, y) -> x | y);
            Map<Integer, Integer> ready = Readiness.wait(want, timeout);
            List<PyObject> r = new ArrayList<>(), w = new ArrayList<>();
            for (PyObject o : lists[0]) if ((ready.getOrDefault(fd(o), 0) & POLLIN) != 0) r.add(o);
            for (PyObject o : lists[1]) if ((ready.getOrDefault(fd(o), 0) & POLLOUT) != 0) w.add(o);
            return PyTuple.of(new PyList(r), new PyList(w), new PyList(new ArrayList<>()));
        });
        return m;
    }

    // CPython: Objects/fileobject.c PyObject_AsFileDescriptor
    static int fd(PyObject o) {
        long fd;
        if (o instanceof PyInt i) {
            fd = ModuleSupport.asInt(i);
        } else {
            PyObject meth = o.type().lookup("fileno");
            if (meth == null) throw Errors.typeError("argument must be an int, or have a fileno() method.");
            PyObject r = Abstract.callMethod(meth, o);
            if (!(r instanceof PyInt ri)) throw Errors.typeError("fileno() returned a non-integer");
            fd = ModuleSupport.asInt(ri);
        }
        if (fd < 0) throw Errors.valueError("file descriptor cannot be a negative integer (" + fd + ")");
        return (int) fd;
    }
}
