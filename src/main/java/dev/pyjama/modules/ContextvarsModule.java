package dev.pyjama.modules;

import static dev.pyjama.interp.BuiltinTypes.getter;
import static dev.pyjama.interp.BuiltinTypes.newMethod;
import static dev.pyjama.interp.BuiltinTypes.put;
import static dev.pyjama.interp.BuiltinTypes.slot0;
import static dev.pyjama.interp.BuiltinTypes.slot1;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyClassMethod;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyGenericAlias;
import dev.pyjama.objects.PyHash;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyIter;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code _contextvars}: Context, ContextVar and Token. A context's mapping is immutable and
 * replaced on every set (CPython uses a HAMT; a copied map gives the same semantics, since
 * contexts hold few variables). Each thread has its own current context, empty at first.
 */
// CPython: Python/context.c
public final class ContextvarsModule {
    private ContextvarsModule() {}

    public static final PyType CONTEXT = PyType.builtin("_contextvars.Context", null);
    public static final PyType CONTEXT_VAR = PyType.builtin("_contextvars.ContextVar", null);
    public static final PyType TOKEN = PyType.builtin("_contextvars.Token", null);
    static final PyType KEYS_ITERATOR = ModuleSupport.iteratorType("keys");

    /** Token.MISSING: the old value of a variable that had none. */
    static final PyType MISSING_TYPE = PyType.builtin("Token.MISSING", null);
    static final PyObject MISSING = new PyObject() {
        @Override public PyType type() { return MISSING_TYPE; }
        @Override public String repr() { return "<Token.MISSING>"; }
    };

    static final class Context extends PyObject {
        Map<Var, PyObject> vars;
        Context prev;
        boolean entered;

        Context(Map<Var, PyObject> vars) {
            this.vars = vars;
        }

        @Override public PyType type() { return CONTEXT; }

        @Override
        public String repr() {
            return "<_contextvars.Context object at 0x" + PyHash.addressHex(this) + ">";
        }
    }

    static final class Var extends PyObject {
        final PyStr name;
        final PyObject dflt;

        Var(PyStr name, PyObject dflt) {
            this.name = name;
            this.dflt = dflt;
        }

        @Override public PyType type() { return CONTEXT_VAR; }

        // CPython: Python/context.c contextvar_tp_repr
        @Override
        public String repr() {
            return "<ContextVar name=" + Abstract.repr(name).value() + (dflt == null ? "" : " default=" + Abstract.repr(dflt).value())
                    + " at 0x" + PyHash.addressHex(this) + ">";
        }
    }

    static final class Token extends PyObject {
        final Context ctx;
        final Var var;
        final PyObject old;
        boolean used;

        Token(Context ctx, Var var, PyObject old) {
            this.ctx = ctx;
            this.var = var;
            this.old = old;
        }

        @Override public PyType type() { return TOKEN; }

        @Override
        public String repr() {
            return "<Token" + (used ? " used" : "") + " var=" + var.repr() + " at 0x" + PyHash.addressHex(this) + ">";
        }
    }

    private static final ThreadLocal<Context> CURRENT = ThreadLocal.withInitial(() -> new Context(new LinkedHashMap<>()));

    private static PyException raiseWith(PyType type, PyObject arg) {
        return new PyException((PyBaseException) Abstract.call(type, arg));
    }

    static {
        CONTEXT.baseType = false;
        CONTEXT_VAR.baseType = false;
        TOKEN.baseType = false;
        context();
        contextVar();
        TOKEN.disallowInstantiation = false;
        newMethod(TOKEN, (args, kw) -> {
            throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "Tokens can only be created by ContextVars");
        });
        getter(TOKEN, "var", s -> ((Token) s).var);
        getter(TOKEN, "old_value", s -> ((Token) s).old);
        TOKEN.dict.put("MISSING", MISSING);
        classGetItem(TOKEN);
        MISSING_TYPE.baseType = false;
        MISSING_TYPE.disallowInstantiation = true;
        for (PyType t : new PyType[] {CONTEXT_VAR, TOKEN, MISSING_TYPE}) slot0(t, "__repr__", self -> PyStr.of(self.repr()));
    }

    private static void classGetItem(PyType t) {
        t.dict.put("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", null, null,
                (args, kw) -> new PyGenericAlias(PyGenericAlias.TYPE, args[0],
                        args[1] instanceof PyTuple tu ? tu : PyTuple.of(args[1]), false))));
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_contextvars");
        ModuleSupport.set(m, "__doc__", PyStr.of("Context Variables"));
        ModuleSupport.set(m, "Context", CONTEXT);
        ModuleSupport.set(m, "ContextVar", CONTEXT_VAR);
        ModuleSupport.set(m, "Token", TOKEN);
        ModuleSupport.def(m, "copy_context", (a, kw) -> {
            ModuleSupport.noArgs("copy_context", a, kw);
            return new Context(CURRENT.get().vars);
        });
        return m;
    }

    private static Var key(PyObject k) {
        if (k instanceof Var v) return v;
        throw Errors.typeError("a ContextVar key was expected, got " + Abstract.repr(k).value());
    }

    private static Context ctx(PyObject o) {
        return (Context) o;
    }

    private static void context() {
        PyType t = CONTEXT;
        newMethod(t, (args, kw) -> {
            if (args.length > 1) throw Errors.typeError("Context() does not accept any arguments");
            return new Context(new LinkedHashMap<>());
        });
        // CPython: Python/context.c context_run, _PyContext_Enter, _PyContext_Exit
        put(t, "run", (args, kw) -> {
            Context c = ctx(args[0]);
            if (args.length - Args.nkw(kw) < 2) throw Errors.typeError("run() missing 1 required positional argument");
            if (c.entered) {
                throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "cannot enter context: " + c.repr() + " is already entered");
            }
            c.prev = CURRENT.get();
            c.entered = true;
            CURRENT.set(c);
            try {
                return Abstract.call(args[1], Arrays.copyOfRange(args, 2, args.length), kw);
            } finally {
                CURRENT.set(c.prev);
                c.prev = null;
                c.entered = false;
            }
        });
        put(t, "copy", (args, kw) -> new Context(ctx(args[0]).vars));
        put(t, "get", (args, kw) -> {
            PyObject[] a = Args.parse("get", args, 1, kw, new String[] {"", ""}, 1, 2);
            PyObject v = ctx(args[0]).vars.get(key(a[0]));
            return v != null ? v : a[1] != null ? a[1] : PyNone.NONE;
        });
        slot1(t, "__getitem__", (self, k) -> {
            PyObject v = ctx(self).vars.get(key(k));
            if (v == null) throw raiseWith(ExceptionTypes.KEY_ERROR, k);
            return v;
        });
        slot1(t, "__contains__", (self, k) -> PyBool.of(ctx(self).vars.containsKey(key(k))));
        slot0(t, "__len__", self -> PyInt.of(ctx(self).vars.size()));
        slot0(t, "__iter__", self -> keysIterator(ctx(self)));
        put(t, "keys", (args, kw) -> new PyList(new ArrayList<>(ctx(args[0]).vars.keySet())));
        put(t, "values", (args, kw) -> new PyList(new ArrayList<>(ctx(args[0]).vars.values())));
        put(t, "items", (args, kw) -> {
            List<PyObject> out = new ArrayList<>();
            for (Map.Entry<Var, PyObject> e : ctx(args[0]).vars.entrySet()) out.add(PyTuple.of(e.getKey(), e.getValue()));
            return new PyList(out);
        });
        t.dict.put("__hash__", PyNone.NONE);
    }

    private static PyObject keysIterator(Context c) {
        Iterator<Var> it = new ArrayList<>(c.vars.keySet()).iterator();
        return new PyIter(KEYS_ITERATOR) {
            @Override
            public PyObject next() {
                return it.hasNext() ? it.next() : null;
            }
        };
    }

    private static void contextVar() {
        PyType t = CONTEXT_VAR;
        newMethod(t, (args, kw) -> {
            int npos = args.length - 1 - Args.nkw(kw);
            if (npos != 1) throw Errors.typeError("ContextVar() takes exactly 1 positional argument (" + npos + " given)");
            PyObject[] a = Args.parse("ContextVar", args, 1, kw, new String[] {"", "default"}, 1, 1);
            if (!(a[0] instanceof PyStr name)) throw Errors.typeError("context variable name must be a str");
            return new Var(name, a[1]);
        });
        getter(t, "name", s -> ((Var) s).name);
        // CPython: Python/context.c contextvar_get, PyContextVar_Get
        put(t, "get", (args, kw) -> {
            PyObject[] a = Args.parse("get", args, 1, kw, new String[] {""}, 0, 1);
            Var v = (Var) args[0];
            PyObject value = CURRENT.get().vars.get(v);
            if (value != null) return value;
            if (a[0] != null) return a[0];
            if (v.dflt != null) return v.dflt;
            throw raiseWith(ExceptionTypes.LOOKUP_ERROR, v);
        });
        put(t, "set", (args, kw) -> {
            ModuleSupport.one("set", Arrays.copyOfRange(args, 1, args.length), kw);
            Var v = (Var) args[0];
            Context c = CURRENT.get();
            PyObject old = c.vars.get(v);
            Map<Var, PyObject> copy = new LinkedHashMap<>(c.vars);
            copy.put(v, args[1]);
            c.vars = copy;
            return new Token(c, v, old == null ? MISSING : old);
        });
        // CPython: Python/context.c contextvar_reset
        put(t, "reset", (args, kw) -> {
            ModuleSupport.one("reset", Arrays.copyOfRange(args, 1, args.length), kw);
            Var v = (Var) args[0];
            if (!(args[1] instanceof Token tok)) {
                throw Errors.typeError("expected an instance of Token, got " + Abstract.repr(args[1]).value());
            }
            if (tok.used) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, tok.repr() + " has already been used once");
            if (tok.var != v) throw Errors.valueError(tok.repr() + " was created by a different ContextVar");
            Context c = CURRENT.get();
            if (tok.ctx != c) throw Errors.valueError(tok.repr() + " was created in a different Context");
            tok.used = true;
            Map<Var, PyObject> copy = new LinkedHashMap<>(c.vars);
            if (tok.old == MISSING) copy.remove(v);
            else copy.put(v, tok.old);
            c.vars = copy;
            return PyNone.NONE;
        });
        classGetItem(t);
    }
}
