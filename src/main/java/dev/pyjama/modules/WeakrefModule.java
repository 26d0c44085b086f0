package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.Derived;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyComplex;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyHash;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyNotImplemented;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.lang.ref.WeakReference;

/**
 * {@code _weakref}: {@code ref} over a Java {@link WeakReference}. For a live object a ref
 * behaves as CPython's; an object is dead only once the JVM has collected it (not at the
 * moment its last reference goes, as with CPython's reference counts); callbacks run then
 * (or at gc.collect()), on the interpreter's thread: see {@link WeakCallbacks}.
 * {@code getweakrefcount} and {@code getweakrefs} do not see refs (0 and []). {@code proxy}
 * returns a ref-backed proxy forwarding attribute access.
 */
// CPython: Modules/_weakref.c, Objects/weakrefobject.c
public final class WeakrefModule {
    private WeakrefModule() {}

    public static final PyType REF = PyType.builtin("weakref.ReferenceType", null);
    public static final PyType PROXY = PyType.builtin("weakref.ProxyType", null);
    public static final PyType CALLABLE_PROXY = PyType.builtin("weakref.CallableProxyType", null);

    /** A weak reference; its Java class is also the layout of Python subclasses (KeyedRef, WeakMethod). */
    static final class Ref extends PyObject implements Derived {
        private PyType type;
        private PyDict dict;
        WeakReference<PyObject> referent;
        PyObject callback = PyNone.NONE;
        long hash = -1;
        boolean hashed;

        Ref(PyType type) {
            this.type = type;
        }

        PyObject get() {
            PyObject o = referent == null ? null : referent.get();
            return o == null ? PyNone.NONE : o;
        }

        @Override public PyType type() { return type; }
        @Override public PyDict dict() { return dict; }
        @Override public void setDict(PyDict d) { dict = d; }
        @Override public void setType(PyType t) { type = t; }

        // CPython: Objects/weakrefobject.c weakref_repr
        @Override
        public String repr() {
            PyObject o = get();
            String at = "<weakref at 0x" + PyHash.addressHex(this);
            if (o == PyNone.NONE) return at + "; dead>";
            PyObject name = Abstract.lookupAttr(o, PyStr.of("__name__"));
            return at + "; to '" + o.type().qualname + "' at 0x" + PyHash.addressHex(o)
                    + (name instanceof PyStr n ? " (" + n.value() + ")" : "") + ">";
        }
    }

    /**
     * Ends {@code ref} as CPython does when its referent's last reference goes: when {@code ref}
     * is a weak reference to {@code referent}, it goes dead and its callback (or null) is returned
     * for the caller to call with the ref. For the rare objects whose death pyjama knows the moment of.
     */
    // CPython: Objects/weakrefobject.c PyObject_ClearWeakRefs (clear, then call the callback)
    public static PyObject kill(PyObject ref, PyObject referent) {
        if (!(ref instanceof Ref r) || r.referent == null || r.referent.get() != referent) return null;
        WeakCallbacks.forget(r.referent);
        r.referent.clear();
        PyObject cb = r.callback;
        r.callback = PyNone.NONE;
        return cb == PyNone.NONE ? null : cb;
    }

    /**
     * Built-in types of the Java modules whose instances CPython gives no weak reference slot
     * (_csv's reader, writer and Dialect); weakly held, as a module builds such types per import.
     */
    static final java.util.Set<PyType> NO_WEAKREFS = java.util.Collections.synchronizedSet(
            java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    /** Whether CPython's objects of this kind accept weak references (tp_weaklistoffset). */
    static boolean referenceable(PyObject o) {
        PyType t = o.type();
        if (NO_WEAKREFS.contains(t)) return false;
        if (t.heap) {
            return !(o instanceof PyInt || o instanceof PyStr || o instanceof PyTuple || o instanceof PyBytes);
        }
        return !(o instanceof PyInt || o instanceof PyStr || o instanceof PyTuple || o instanceof PyBytes
                || o instanceof PyFloat || o instanceof PyComplex || o instanceof PyList || o instanceof PyDict
                || o == PyNone.NONE || o instanceof PyBool || o == PyNotImplemented.NOT_IMPLEMENTED);
    }

    static {
        Derived.SELF_DERIVED.put(REF, Ref.class);
        PyType t = REF;
        // CPython: Objects/weakrefobject.c weakref___new__, weakref___init__
        BuiltinTypes.newMethod(t, (args, kw) -> {
            int n = args.length - 1 - (kw == null ? 0 : kw.items.length);
            if (n < 1 || n > 2) {
                throw Errors.typeError("__new__ expected " + (n < 1 ? "at least 1 argument" : "at most 2 arguments")
                        + ", got " + n);
            }
            PyObject o = args[1];
            if (!referenceable(o)) throw Errors.typeError("cannot create weak reference to '" + o.typeName() + "' object");
            Ref r = new Ref(REF);
            if (n == 2 && args[2] != PyNone.NONE) {
                r.callback = args[2];
                r.referent = WeakCallbacks.watch(o, r);
            } else {
                r.referent = new WeakReference<>(o);
            }
            return r;
        });
        BuiltinTypes.put(t, "__init__", (args, kw) -> PyNone.NONE);
        BuiltinTypes.put(t, "__call__", (args, kw) -> {
            ModuleSupport.noArgs("weakref", java.util.Arrays.copyOfRange(args, 1, args.length), kw);
            return ((Ref) args[0]).get();
        });
        BuiltinTypes.slot0(t, "__repr__", self -> PyStr.of(self.repr()));
        BuiltinTypes.slot0(t, "__hash__", self -> {
            Ref r = (Ref) self;
            if (!r.hashed) {
                PyObject o = r.get();
                if (o == PyNone.NONE) throw Errors.typeError("weak object has gone away");
                r.hash = Abstract.hash(o);
                r.hashed = true;
            }
            return PyInt.of(r.hash);
        });
        for (String op : new String[] {"__eq__", "__ne__"}) {
            boolean eq = op.equals("__eq__");
            BuiltinTypes.slot1(t, op, (self, other) -> {
                if (!(other instanceof Ref o)) return PyNotImplemented.NOT_IMPLEMENTED;
                PyObject a = ((Ref) self).get(), b = o.get();
                if (a == PyNone.NONE || b == PyNone.NONE) return PyBool.of(eq == (self == other));
                return PyBool.of(eq == Abstract.richCompareBool(a, b, 2));
            });
        }
        BuiltinTypes.getter(t, "__callback__", self -> ((Ref) self).callback);
        t.dict.put("__class_getitem__", new dev.pyjama.objects.PyClassMethod(new dev.pyjama.objects.PyBuiltinFunction(
                "__class_getitem__", null, null, (args, kw) -> new dev.pyjama.objects.PyGenericAlias(dev.pyjama.objects.PyGenericAlias.TYPE, args[0],
                        args[1] instanceof PyTuple tu ? tu : PyTuple.of(args[1]), false))));
        installProxy(PROXY);
        installProxy(CALLABLE_PROXY);
        BuiltinTypes.put(CALLABLE_PROXY, "__call__", (args, kw) -> Abstract.call(live(args[0]),
                java.util.Arrays.copyOfRange(args, 1, args.length), kw));
    }

    /** A proxy: a Ref whose attribute access goes to the referent. */
    static final class Proxy extends PyObject {
        final PyType type;
        final WeakReference<PyObject> referent;

        Proxy(PyType type, PyObject o) {
            this.type = type;
            this.referent = new WeakReference<>(o);
        }

        @Override public PyType type() { return type; }

        @Override
        public String repr() {
            PyObject o = referent.get();
            return "<weakproxy at 0x" + PyHash.addressHex(this) + "; to '" + (o == null ? "?" : o.type().qualname)
                    + "' at 0x" + (o == null ? "0" : PyHash.addressHex(o)) + ">";
        }
    }

    static PyObject live(PyObject proxy) {
        PyObject o = ((Proxy) proxy).referent.get();
        if (o == null) throw Errors.raise(dev.pyjama.objects.ExceptionTypes.REFERENCE_ERROR, "weakly-referenced object no longer exists");
        return o;
    }

    // CPython: Objects/weakrefobject.c proxy_getattr, proxy_setattr and the forwarding slots
    private static void installProxy(PyType t) {
        t.disallowInstantiation = true;
        t.baseType = false;
        t.attributeHooks = true;
        BuiltinTypes.put(t, "__getattribute__", (args, kw) -> Abstract.getattr(live(args[0]), (PyStr) args[1]));
        BuiltinTypes.put(t, "__setattr__", (args, kw) -> {
            Abstract.setattr(live(args[0]), (PyStr) args[1], args[2]);
            return PyNone.NONE;
        });
        BuiltinTypes.put(t, "__delattr__", (args, kw) -> {
            Abstract.setattr(live(args[0]), (PyStr) args[1], null);
            return PyNone.NONE;
        });
        BuiltinTypes.slot0(t, "__repr__", self -> PyStr.of(self.repr()));
        BuiltinTypes.slot0(t, "__str__", self -> Abstract.str(live(self)));
        BuiltinTypes.slot0(t, "__len__", self -> PyInt.of(Abstract.len(live(self))));
        BuiltinTypes.slot0(t, "__iter__", self -> Abstract.iter(live(self)));
        BuiltinTypes.slot0(t, "__bool__", self -> PyBool.of(Abstract.isTrue(live(self))));
        BuiltinTypes.slot1(t, "__getitem__", (self, k) -> Abstract.getitem(live(self), k));
        BuiltinTypes.slot1(t, "__contains__", (self, k) -> PyBool.of(Abstract.contains(live(self), k)));
        BuiltinTypes.slot1(t, "__eq__", (self, o) -> Abstract.richCompare(live(self), o instanceof Proxy ? live(o) : o, 2));
        BuiltinTypes.slot1(t, "__ne__", (self, o) -> Abstract.richCompare(live(self), o instanceof Proxy ? live(o) : o, 3));
        t.dict.put("__hash__", PyNone.NONE);
    }

    public static PyModule create(dev.pyjama.interp.Interpreter interp) {
        PyModule m = ModuleSupport.module("_weakref");
        ModuleSupport.set(m, "ref", REF);
        ModuleSupport.set(m, "ReferenceType", REF);
        ModuleSupport.set(m, "ProxyType", PROXY);
        ModuleSupport.set(m, "CallableProxyType", CALLABLE_PROXY);
        def(m, "getweakrefcount", (a, kw) -> {
            ModuleSupport.one("getweakrefcount", a, kw);
            return PyInt.of(0);
        });
        def(m, "getweakrefs", (a, kw) -> {
            ModuleSupport.one("getweakrefs", a, kw);
            return new PyList(new java.util.ArrayList<>());
        });
        // CPython: Modules/_weakref.c _weakref_proxy
        def(m, "proxy", (a, kw) -> {
            ModuleSupport.positional("proxy", a, kw, 1, 2);
            PyObject o = a[0];
            if (!referenceable(o)) throw Errors.typeError("cannot create weak reference to '" + o.typeName() + "' object");
            boolean callable = o.type().lookup("__call__") != null;
            return new Proxy(callable ? CALLABLE_PROXY : PROXY, o);
        });
        // CPython: Modules/_weakref.c _weakref__remove_dead_weakref
        def(m, "_remove_dead_weakref", (a, kw) -> {
            ModuleSupport.positional("_remove_dead_weakref", a, kw, 2, 2);
            PyObject d = a[0];
            if (d instanceof PyDict dict) {
                PyObject v = dict.get(a[1]);
                if (v instanceof Ref r && r.get() == PyNone.NONE) dict.remove(a[1]);
            }
            return PyNone.NONE;
        });
        return m;
    }
}
