package dev.pyjama.interp;

import dev.pyjama.code.Opcode;
import dev.pyjama.code.PyCode;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyFunction;
import dev.pyjama.objects.PyInstance;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyProperty;
import dev.pyjama.objects.PyType;

/**
 * Three specialisations after which CPython 3.13 runs Python code inline, in the caller's C
 * frame: LOAD_ATTR_PROPERTY (a property's getter), BINARY_SUBSCR_GETITEM (a class's Python
 * {@code __getitem__}) and CALL_ALLOC_AND_ENTER_INIT (a class whose Python {@code __init__}
 * runs). sys.monitoring sees the difference: an exception out of such a callee is reported by
 * RAISE and PY_UNWIND one unit before the instruction (where the caller's instr_ptr rests), not
 * at its last cache unit ({@link Instrumented#raiseOffset}).
 *
 * <p>Each site keeps CPython's adaptive counter ({@link AdaptiveCounter}). pyjama steps it when
 * the operation reaches the Python callee (the only executions that could specialise this
 * way), asking CPython's conditions for the specialisation; other executions of the site (a
 * plain attribute, a list) leave it alone, and the type and function versions CPython's guards
 * compare are not kept. So a site that always meets the same kind of operand, the usual case,
 * specialises on the same execution as in CPython; a site that alternates may not. Under an
 * instrumented opcode (LINE, INSTRUCTION, CALL events on the site) the counter is paused, and
 * when the site is plain again sys.monitoring resets it to warm-up, as CPython does.
 */
// CPython: Python/specialize.c specialize_instance_load_attr (PROPERTY), _Py_Specialize_BinarySubscr,
// specialize_class_call, get_init_for_simple_managed_python_class, function_kind
public final class AdaptiveInlining {
    private AdaptiveInlining() {}

    private static final int LOAD_ATTR = Opcode.byName("LOAD_ATTR"), BINARY_SUBSCR = Opcode.byName("BINARY_SUBSCR"),
            CALL = Opcode.byName("CALL");
    private static final int NONE = AdaptiveCounter.NONE;
    /** LOAD_ATTR_PROPERTY, BINARY_SUBSCR_GETITEM, CALL_ALLOC_AND_ENTER_INIT. */
    private static final int INLINED = 1;
    /** CALL_NON_PY_GENERAL: what a CALL of a class that does not qualify becomes. */
    private static final int OTHER = 2;

    /** sys.monitoring: {@code base} at unit {@code i} of {@code ins} is plain again: warm-up counter. */
    public static void resetCounter(byte[] ins, int i, int base) {
        if (AdaptiveCounter.kept(base)) AdaptiveCounter.reset(ins, i);
    }

    /** A property's getter is about to run for {@code obj}: one execution of the LOAD_ATTR running now, if that is what asks. */
    static void propertyGet(PyProperty p, PyObject obj) {
        PyFrame f = ThreadState.current().frame;
        if (f == null) return;
        byte[] code = f.code.instructions();
        int here = f.lasti;
        if ((code[2 * here] & 0xff) != LOAD_ATTR) return; // not a LOAD_ATTR's own lookup, or instrumented over
        boolean ok = (code[2 * here + 1] & 1) == 0 // not a method load
                && p.type() == dev.pyjama.objects.PyProperty.TYPE
                && p.fget instanceof PyFunction fn && simple(fn.code, 1)
                && !(obj instanceof PyModule) && !(obj instanceof PyType) && plainGetattr(obj.type());
        AdaptiveCounter.step(code, here, ok ? INLINED : NONE, true);
    }

    /** A Python {@code __getitem__} of {@code t} is about to run: one execution of the BINARY_SUBSCR running now, if that asks. */
    static void getitem(PyType t, PyFunction fn) {
        PyFrame f = ThreadState.current().frame;
        if (f == null) return;
        byte[] code = f.code.instructions();
        int here = f.lasti;
        if ((code[2 * here] & 0xff) != BINARY_SUBSCR) return;
        AdaptiveCounter.step(code, here, t.heap && simple(fn.code, 2) ? INLINED : NONE, true);
    }

    /**
     * Class {@code t} is being called with {@code nargs} positional arguments and no keywords,
     * its {@code __init__} being {@code init}: one execution of the CALL running now, if that asks.
     */
    static void classCall(PyType t, PyObject newMethod, PyObject init, int nargs) {
        PyFrame f = ThreadState.current().frame;
        if (f == null) return;
        byte[] code = f.code.instructions();
        int here = f.lasti;
        if ((code[2 * here] & 0xff) != CALL || (code[2 * here + 1] & 0xff) != nargs) return;
        boolean ok = t.type() == PyType.TYPE && t.heap && newMethod == BuiltinTypes.OBJECT_NEW
                && t.instanceClass == PyInstance.class && t.instanceDict && t.nslots == 0 // Py_TPFLAGS_INLINE_VALUES
                && init instanceof PyFunction fn && simple(fn.code, nargs + 1);
        AdaptiveCounter.step(code, here, ok ? INLINED : OTHER, true);
    }

    /** Whether the site at unit {@code here} of {@code co} runs its Python callee inline now. */
    static boolean inlines(PyCode co, int here) {
        byte[] code = co.instructions();
        int op = code[2 * here] & 0xff;
        return (op == LOAD_ATTR || op == BINARY_SUBSCR || op == CALL)
                && AdaptiveCounter.kind(AdaptiveCounter.state(code, here)) == INLINED;
    }

    // CPython: Python/specialize.c function_kind, function_check_args
    private static boolean simple(PyCode c, int argcount) {
        return (c.flags & (PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS)) == 0 && c.kwonlyargcount == 0
                && (c.flags & PyCode.CO_OPTIMIZED) != 0 && c.argcount == argcount;
    }

    /** No Python {@code __getattribute__} and no {@code __getattr__}: CPython's analyze_descriptor may say PROPERTY. */
    private static boolean plainGetattr(PyType t) {
        return t.lookupHook(PyType.GETATTRIBUTE) == BuiltinTypes.OBJECT_GETATTRIBUTE && t.lookupHook(PyType.GETATTR) == null;
    }
}
