package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.interp.ThreadState;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * PEP 578 audit hooks: {@code sys.addaudithook} and {@code sys.audit}, and {@link #fire} for the
 * events the runtime raises itself. The hooks belong to the interpreter; with none added anywhere
 * an event costs one volatile read.
 */
// CPython: Python/sysmodule.c sys_audit_tstate, sys_addaudithook_impl, sys_audit
public final class Audit {
    private Audit() {}

    /** Set once any interpreter has a hook: the fast path for every event before that. */
    private static volatile boolean any;
    private static final Map<Interpreter, PyObject[]> HOOKS = new WeakHashMap<>();
    private static final PyStr CANTRACE = PyStr.of("__cantrace__");

    private static PyObject[] hooks(Interpreter interp) {
        synchronized (HOOKS) {
            return HOOKS.get(interp);
        }
    }

    /** Whether auditing is on: a hook is installed in the current interpreter. */
    public static boolean active() {
        return any && hooks(Interpreter.current()) != null;
    }

    /** Raises {@code event} with the arguments {@code args} (a single argument, or several). */
    public static void fire(String event, PyObject... args) {
        if (!any) return;
        PyObject[] hooks = hooks(Interpreter.current());
        if (hooks == null) return;
        call(hooks, PyStr.of(event), new PyTuple(args.clone()));
    }

    /**
     * Calls each hook with {@code (event, args)}, in the order they were added, with tracing off
     * unless the hook's {@code __cantrace__} is true; the first exception stops the others.
     */
    private static void call(PyObject[] hooks, PyStr event, PyTuple args) {
        ThreadState ts = ThreadState.current();
        ts.tracing++;
        try {
            for (PyObject hook : hooks) {
                PyObject ct = Abstract.lookupAttr(hook, CANTRACE);
                boolean canTrace = ct != null && Abstract.isTrue(ct);
                if (canTrace) ts.tracing--;
                try {
                    Abstract.call(hook, event, args);
                } finally {
                    if (canTrace) ts.tracing++;
                }
            }
        } finally {
            ts.tracing--;
        }
    }

    static void install(dev.pyjama.objects.PyModule sys) {
        // CPython: Python/sysmodule.c sys_audit (no check of the event when no hook is installed)
        ModuleSupport.def(sys, "audit", (a, kw) -> {
            if (a.length == 0) throw Errors.typeError("audit() missing 1 required positional argument: 'event'");
            if (kw != null && kw.items.length > 0) throw Errors.typeError("audit() takes no keyword arguments");
            if (!active()) return PyNone.NONE;
            if (!(a[0] instanceof PyStr)) throw Errors.typeError("expected str for argument 'event', not " + a[0].typeName());
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            call(hooks(Interpreter.current()), (PyStr) a[0], new PyTuple(rest));
            return PyNone.NONE;
        });
        // CPython: Python/sysmodule.c sys_addaudithook_impl: the hooks already there may refuse
        // the new one by raising; an Exception subclass refuses silently
        ModuleSupport.def(sys, "addaudithook", (a, kw) -> {
            PyObject hook = ModuleSupport.one("addaudithook", a, kw);
            try {
                fire("sys.addaudithook");
            } catch (PyException e) {
                if (e.value().type().isSubtype(ExceptionTypes.EXCEPTION)) return PyNone.NONE;
                throw e;
            }
            Interpreter interp = Interpreter.current();
            synchronized (HOOKS) {
                PyObject[] old = HOOKS.get(interp);
                PyObject[] now = old == null ? new PyObject[1] : java.util.Arrays.copyOf(old, old.length + 1);
                now[now.length - 1] = hook;
                HOOKS.put(interp, now);
            }
            any = true;
            return PyNone.NONE;
        });
    }
}
