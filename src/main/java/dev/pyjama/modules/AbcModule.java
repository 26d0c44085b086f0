package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyFrozenSet;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyNotImplemented;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PySet;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * {@code _abc}: the C half of abc.ABCMeta (abc.py uses it instead of _py_abc). Each ABC keeps
 * an {@code _abc_data} in its {@code _abc_impl}: the registry and the positive and negative
 * caches (weak sets of classes, as CPython's sets of weak references) and the version of the
 * negative cache, checked against one invalidation counter that every register() bumps.
 */
// CPython: Modules/_abc.c
public final class AbcModule {
    private AbcModule() {}

    static final PyType ABC_DATA = PyType.builtin("_abc._abc_data", null);

    private static final long COLLECTION_FLAGS = (1 << 5) | (1 << 6);

    /** The invalidation counter, shared by all ABCs (CPython keeps one per interpreter). */
    private static long invalidationCounter;

    static final class AbcData extends PyObject {
        final Set<PyObject> registry = weakSet();
        final Set<PyObject> cache = weakSet();
        final Set<PyObject> negativeCache = weakSet();
        long negativeCacheVersion = invalidationCounter;

        @Override public PyType type() { return ABC_DATA; }

        @Override
        public String repr() {
            return "<_abc._abc_data object at 0x" + dev.pyjama.objects.PyHash.addressHex(this) + ">";
        }
    }

    private static Set<PyObject> weakSet() {
        // classes compare by identity, so a WeakHashMap's keys are a weak identity set
        return Collections.newSetFromMap(new WeakHashMap<>());
    }

    static {
        ABC_DATA.baseType = false;
        ABC_DATA.disallowInstantiation = true;
        ABC_DATA.dict.put("__doc__", PyStr.of("Internal state held by ABC machinery."));
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_abc");
        ModuleSupport.set(m, "__doc__", PyStr.of("Module contains faster C implementation of abc.ABCMeta"));
        ModuleSupport.def(m, "get_cache_token", (a, kw) -> {
            ModuleSupport.noArgs("get_cache_token", a, kw);
            return PyInt.of(invalidationCounter);
        });
        ModuleSupport.def(m, "_abc_init", (a, kw) -> init(ModuleSupport.one("_abc_init", a, kw)));
        ModuleSupport.def(m, "_abc_register", (a, kw) -> {
            ModuleSupport.positional("_abc_register", a, kw, 2, 2);
            return register(a[0], a[1]);
        });
        ModuleSupport.def(m, "_abc_instancecheck", (a, kw) -> {
            ModuleSupport.positional("_abc_instancecheck", a, kw, 2, 2);
            return instanceCheck(a[0], a[1]);
        });
        ModuleSupport.def(m, "_abc_subclasscheck", (a, kw) -> {
            ModuleSupport.positional("_abc_subclasscheck", a, kw, 2, 2);
            return subclassCheck(a[0], a[1]);
        });
        ModuleSupport.def(m, "_get_dump", (a, kw) -> {
            AbcData d = impl(ModuleSupport.one("_get_dump", a, kw));
            return PyTuple.of(weakrefs(d.registry), weakrefs(d.cache), weakrefs(d.negativeCache),
                    PyInt.of(d.negativeCacheVersion));
        });
        ModuleSupport.def(m, "_reset_registry", (a, kw) -> {
            impl(ModuleSupport.one("_reset_registry", a, kw)).registry.clear();
            return PyNone.NONE;
        });
        ModuleSupport.def(m, "_reset_caches", (a, kw) -> {
            AbcData d = impl(ModuleSupport.one("_reset_caches", a, kw));
            d.cache.clear();
            d.negativeCache.clear();
            return PyNone.NONE;
        });
        return m;
    }

    // CPython: Modules/_abc.c _get_impl
    private static AbcData impl(PyObject self) {
        PyObject d = Abstract.getattr(self, PyStr.of("_abc_impl"));
        if (!(d instanceof AbcData data)) throw Errors.typeError("_abc_impl is set to a wrong type");
        return data;
    }

    private static PySet weakrefs(Set<PyObject> classes) {
        PySet s = new PySet();
        for (PyObject c : new ArrayList<>(classes)) Abstract.setAdd(s, Abstract.call(WeakrefModule.REF, c));
        return s;
    }

    private static boolean isAbstract(PyObject value) {
        PyObject v = Abstract.lookupAttr(value, PyStr.of("__isabstractmethod__"));
        return v != null && Abstract.isTrue(v);
    }

    // CPython: Modules/_abc.c _abc__abc_init, compute_abstract_methods
    private static PyObject init(PyObject self) {
        List<PyObject> abstracts = new ArrayList<>();
        PyObject ns = Abstract.getattr(self, PyStr.of("__dict__"));
        PyObject items = Abstract.call(Abstract.getattr(ns, PyStr.of("items")));
        for (PyObject item : Abstract.toList(items)) {
            PyObject[] kv = Abstract.toArray(item);
            if (kv.length != 2) throw Errors.typeError("items() returned item which size is not 2");
            if (isAbstract(kv[1])) abstracts.add(kv[0]);
        }
        PyObject bases = Abstract.getattr(self, PyStr.of("__bases__"));
        if (!(bases instanceof PyTuple bt)) throw Errors.typeError("__bases__ is not tuple");
        for (PyObject base : bt.items) {
            PyObject inherited = Abstract.lookupAttr(base, PyStr.of("__abstractmethods__"));
            if (inherited == null) continue;
            PyObject it = Abstract.iter(inherited);
            for (PyObject name; (name = Abstract.next(it)) != null; ) {
                PyObject value = name instanceof PyStr s ? Abstract.lookupAttr(self, s) : null;
                if (value != null && isAbstract(value)) abstracts.add(name);
            }
        }
        Abstract.setattr(self, PyStr.of("__abstractmethods__"), PyFrozenSet.of(abstracts.toArray(new PyObject[0])));
        Abstract.setattr(self, PyStr.of("_abc_impl"), new AbcData());
        if (self instanceof PyType cls) {
            // collections.abc's Sequence and Mapping mark themselves for pattern matching this way
            PyObject flags = cls.dict.get("__abc_tpflags__");
            if (flags != null) {
                cls.setAttribute("__abc_tpflags__", null);
                if (flags.getClass() == PyInt.class) {
                    long v = ModuleSupport.asLong(flags) & COLLECTION_FLAGS;
                    if (v == COLLECTION_FLAGS) {
                        throw Errors.typeError("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
                    }
                    if (v != 0) cls.abcCollectionFlag = (int) v;
                }
            }
        }
        return PyNone.NONE;
    }

    // CPython: Modules/_abc.c _abc__abc_register_impl
    private static PyObject register(PyObject self, PyObject subclass) {
        if (!(subclass instanceof PyType)) throw Errors.typeError("Can only register classes");
        if (Abstract.isSubclass(subclass, self)) return subclass;
        if (Abstract.isSubclass(self, subclass)) {
            throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "Refusing to create an inheritance cycle");
        }
        impl(self).registry.add(subclass);
        invalidationCounter++;
        if (self instanceof PyType st && st.abcCollectionFlag != 0) setFlagRecursive((PyType) subclass, st.abcCollectionFlag);
        return subclass;
    }

    // CPython: Objects/typeobject.c set_flags_recursive (built-in types and classes that have the flag are left alone)
    private static void setFlagRecursive(PyType t, int flag) {
        if (!t.heap || t.abcCollectionFlag == flag) return;
        t.abcCollectionFlag = flag;
        for (PyType s : new ArrayList<>(t.subclasses())) setFlagRecursive(s, flag);
    }

    // CPython: Modules/_abc.c _abc__abc_instancecheck_impl
    private static PyObject instanceCheck(PyObject self, PyObject instance) {
        AbcData impl = impl(self);
        PyObject subclass = Abstract.getattr(instance, PyStr.of("__class__"));
        if (impl.cache.contains(subclass)) return PyBool.TRUE;
        PyType subtype = instance.type();
        if (subtype == subclass) {
            if (impl.negativeCacheVersion == invalidationCounter && impl.negativeCache.contains(subclass)) return PyBool.FALSE;
            return Abstract.call(Abstract.getattr(self, PyStr.of("__subclasscheck__")), subclass);
        }
        PyObject result = Abstract.call(Abstract.getattr(self, PyStr.of("__subclasscheck__")), subclass);
        if (Abstract.isTrue(result)) return result;
        return Abstract.call(Abstract.getattr(self, PyStr.of("__subclasscheck__")), subtype);
    }

    // CPython: Modules/_abc.c _abc__abc_subclasscheck_impl
    private static PyObject subclassCheck(PyObject self, PyObject subclass) {
        if (!(subclass instanceof PyType sub)) throw Errors.typeError("issubclass() arg 1 must be a class");
        AbcData impl = impl(self);
        // 1. the positive cache
        if (impl.cache.contains(subclass)) return PyBool.TRUE;
        // 2. the negative cache, emptied when a register() happened since it was filled
        if (impl.negativeCacheVersion < invalidationCounter) {
            impl.negativeCache.clear();
            impl.negativeCacheVersion = invalidationCounter;
        } else if (impl.negativeCache.contains(subclass)) {
            return PyBool.FALSE;
        }
        // 3. the subclass hook
        PyObject ok = Abstract.call(Abstract.getattr(self, PyStr.of("__subclasshook__")), subclass);
        if (ok == PyBool.TRUE) {
            impl.cache.add(subclass);
            return PyBool.TRUE;
        }
        if (ok == PyBool.FALSE) {
            impl.negativeCache.add(subclass);
            return PyBool.FALSE;
        }
        if (ok != PyNotImplemented.NOT_IMPLEMENTED) {
            throw Errors.raise(ExceptionTypes.ASSERTION_ERROR, "__subclasshook__ must return either False, True, or NotImplemented");
        }
        // 4. a direct subclass
        if (self instanceof PyType st && sub.isSubtype(st)) {
            impl.cache.add(subclass);
            return PyBool.TRUE;
        }
        // 5. a subclass of a registered class
        if (impl.registry.contains(subclass)) return PyBool.TRUE;
        for (PyObject registered : new ArrayList<>(impl.registry)) {
            if (Abstract.isSubclass(subclass, registered)) {
                impl.cache.add(subclass);
                return PyBool.TRUE;
            }
        }
        // 6. a subclass of a subclass
        PyObject subclasses = Abstract.call(Abstract.getattr(self, PyStr.of("__subclasses__")));
        if (!(subclasses instanceof PyList list)) throw Errors.typeError("__subclasses__() must return a list");
        for (PyObject scls : new ArrayList<>(list.items)) {
            if (Abstract.isSubclass(subclass, scls)) {
                impl.cache.add(subclass);
                return PyBool.TRUE;
            }
        }
        impl.negativeCache.add(subclass);
        return PyBool.FALSE;
    }
}
