package dev.pyjama.interp;

import dev.pyjama.objects.Derived;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyCell;
import dev.pyjama.objects.PyClassMethod;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFunction;
import dev.pyjama.objects.PyGetSet;
import dev.pyjama.objects.PyInstance;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStaticMethod;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Making classes ({@code type.__new__}: CPython's type_new) and calling them (type_call:
 * {@code __new__} then {@code __init__}).
 */
// CPython: Objects/typeobject.c type_new, type_call, object_new, object_init
public final class Types {
    private Types() {}

    /**
     * The {@code __name__} of the module whose code is running, for {@code __module__} of a
     * class made by {@code type(name, bases, dict)}; the eval loop installs it (null: builtins).
     */
    public static volatile Supplier<PyObject> currentModuleName;

    /** {@code type(name, bases, namespace)} with no class keywords. */
    public static PyType newType(PyType metatype, String name, PyTuple bases, PyDict namespace) {
        return newType(metatype, name, bases, namespace, new PyObject[0], null);
    }

    /**
     * {@code type.__new__(metatype, name, bases, namespace, **kw)}: the keywords go to
     * {@code __init_subclass__}.
     */
    // CPython: Objects/typeobject.c type_new, type_new_impl
    public static PyType newType(PyType metatype, String name, PyTuple bases, PyDict namespace, PyObject[] kwvalues,
            PyTuple kwnames) {
        PyType[] bs = new PyType[bases.items.length];
        for (int i = 0; i < bs.length; i++) {
            if (!(bases.items[i] instanceof PyType b)) throw Errors.typeError("bases must be types");
            bs[i] = b;
        }
        if (bs.length == 0) bs = new PyType[] {PyType.OBJECT};
        // duplicates
        for (int i = 0; i < bs.length; i++) {
            for (int j = i + 1; j < bs.length; j++) {
                if (bs[i] == bs[j]) throw Errors.typeError("duplicate base class " + bs[i].name());
            }
        }
        for (PyType b : bs) {
            if (!b.baseType) throw Errors.typeError("type '" + b.name() + "' is not an acceptable base type");
        }
        Class<?> layout = solidLayout(bs);
        PyType[] mro = mro(bs);
        PyType t = PyType.heap(name, metatype, bs, null);
        PyType[] full = new PyType[mro.length + 1];
        full[0] = t;
        System.arraycopy(mro, 0, full, 1, mro.length);
        t.setMro(full);
        t.instanceClass = layout;

        // the namespace
        Map<String, PyObject> dict = t.dict;
        for (PyObject k : namespace.keys()) {
            if (!(k instanceof PyStr ks)) continue;
            dict.put(ks.value(), namespace.get(k));
        }
        if (!dict.containsKey("__module__")) {
            Supplier<PyObject> s = currentModuleName;
            PyObject m = s == null ? null : s.get();
            if (m != null) dict.put("__module__", m);
        }
        PyObject qual = dict.remove("__qualname__");
        if (qual != null) {
            if (!(qual instanceof PyStr qs)) throw Errors.typeError("type __qualname__ must be a str, not " + qual.typeName());
            t.qualname = qs.value();
        }
        PyObject nw = dict.get("__new__");
        if (nw instanceof PyFunction) dict.put("__new__", new PyStaticMethod(nw));
        for (String cm : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject f = dict.get(cm);
            if (f instanceof PyFunction) dict.put(cm, new PyClassMethod(f));
        }

        // __slots__
        boolean baseHasDict = false;
        int baseSlots = 0;
        for (PyType b : bs) {
            if (b.instanceDict || b.instanceClass == PyBaseException.class || b.isSubtype(ExceptionTypes.BASE_EXCEPTION)) {
                baseHasDict = true;
            }
            baseSlots = Math.max(baseSlots, b.nslots);
        }
        // CPython: Objects/typeobject.c type_new_descriptors (may_add_weak, add_weak)
        boolean mayAddWeak = !hasWeakrefs(bs);
        boolean addWeak = false;
        PyObject slots = dict.get("__slots__");
        if (slots == null) {
            t.instanceDict = true;
            t.nslots = baseSlots;
            addWeak = mayAddWeak;
        } else {
            List<PyObject> names = slots instanceof PyStr ? List.of(slots) : Abstract.toList(slots);
            boolean wantDict = false;
            int n = baseSlots;
            List<String> own = new ArrayList<>();
            for (PyObject o : names) {
                if (!(o instanceof PyStr s)) {
                    throw Errors.typeError("__slots__ items must be strings, not '" + o.typeName() + "'");
                }
                if (s.value().equals("__dict__")) {
                    wantDict = true;
                    continue;
                }
                if (s.value().equals("__weakref__")) {
                    if (!mayAddWeak || addWeak) {
                        throw Errors.typeError("__weakref__ slot disallowed: we already got one");
                    }
                    addWeak = true;
                    continue;
                }
                if (dict.containsKey(s.value())) {
                    throw Errors.valueError("'" + s.value() + "' in __slots__ conflicts with class variable");
                }
                own.add(s.value());
            }
            // CPython: Objects/typeobject.c type_new_copy_slots (the mangled names are sorted, so two
            // classes with the same slots in another order share a layout for __class__ assignment)
            List<String> mangled = new ArrayList<>();
            for (String s : own) mangled.add(s.startsWith("__") && !s.endsWith("__") ? "_" + name.replaceFirst("^_+", "") + s : s);
            java.util.Collections.sort(mangled);
            for (String slotName : mangled) dict.put(slotName, slotDescriptor(t, slotName, n++));
            t.nslots = n;
            t.instanceDict = wantDict || baseHasDict;
        }
        if (t.instanceDict && !baseHasDict && (layout == PyInstance.class || Derived.layoutOf(bestBase(bs)) != null)
                && !dict.containsKey("__dict__")) {
            dict.put("__dict__", BuiltinTypes.instanceDictDescriptor(t));
        }
        if (addWeak) dict.put("__weakref__", weakrefDescriptor(t));
        // CPython: Objects/typeobject.c type_ready_fill_dict (type_dict_set_doc after the
        // descriptors, so '__doc__' may be a slot), then type_ready_set_hash
        if (!dict.containsKey("__doc__")) dict.put("__doc__", PyNone.NONE);
        if (dict.containsKey("__eq__") && !dict.containsKey("__hash__")) dict.put("__hash__", PyNone.NONE);

        // __classcell__
        PyObject cell = dict.remove("__classcell__");
        if (cell != null) {
            if (!(cell instanceof PyCell c)) throw Errors.typeError("__classcell__ must be a nonlocal cell, not " + cell.type().repr());
            c.ref = t;
        }
        t.invalidateAll();
        customMro(t);

        // __set_name__
        for (Map.Entry<String, PyObject> e : new ArrayList<>(dict.entrySet())) {
            PyObject v = e.getValue();
            PyObject setName = v.type().lookup("__set_name__");
            if (setName == null) continue;
            try {
                Abstract.callMethod(setName, v, t, PyStr.of(e.getKey()));
            } catch (PyException ex) {
                BuiltinTypes.addNote(ex.value(), "Error calling __set_name__ on '" + v.typeName() + "' instance "
                        + PyStr.repr(e.getKey()) + " in '" + t.name() + "'");
                throw ex;
            }
        }

        // __init_subclass__ of the nearest base that has one (super(t, t).__init_subclass__(**kw))
        full = t.mro();
        for (int i = 1; i < full.length; i++) {
            PyObject f = full[i].dict.get("__init_subclass__");
            if (f == null) continue;
            PyObject bound = Abstract.descrGet(f, null, t);
            int nkw = kwnames == null ? 0 : kwnames.items.length;
            if (f == BuiltinTypes.OBJECT_INIT_SUBCLASS) {
                if (nkw > 0) throw Errors.typeError(t.qualname + ".__init_subclass__() takes no keyword arguments");
                break;
            }
            Abstract.call(bound, kwvalues, kwnames);
            break;
        }
        return t;
    }

    /**
     * Where a built-in base's object keeps its subclass's slot values: a Derived value's dict
     * (weakref.ref), a module's own slot dict (its instance dict is its namespace).
     */
    private static PyDict slotStore(PyObject self, boolean create) {
        if (self instanceof PyModule m) {
            if (m.slotValues == null && create) m.slotValues = new PyDict();
            return m.slotValues;
        }
        Derived x = (Derived) self;
        if (x.dict() == null && create) x.setDict(new PyDict());
        return x.dict();
    }

    private static PyGetSet slotDescriptor(PyType owner, String name, int index) {
        PyGetSet g = new PyGetSet(name, owner, self -> {
            memberCheck(owner, name, self);
            PyObject v = self instanceof PyInstance i && i.slots != null && index < i.slots.length ? i.slots[index]
                    : slotStore(self, false) != null ? slotStore(self, false).get(PyStr.of(name)) : null;
            if (v == null) throw Errors.attributeError("'" + self.typeName() + "' object has no attribute '" + name + "'");
            return v;
        }, (self, value) -> {
            memberCheck(owner, name, self);
            if (!(self instanceof PyInstance i)) {
                PyDict store = slotStore(self, true);
                if (value == null && store.remove(PyStr.of(name)) == null) throw Errors.attributeError(name);
                if (value != null) store.put(PyStr.of(name), value);
                return;
            }
            if (value == null && (i.slots == null || i.slots[index] == null)) {
                // CPython: Python/structmember.c PyMember_SetOne (deleting an unset Py_T_OBJECT_EX)
                throw Errors.attributeError(name);
            }
            i.slots[index] = value;
        });
        g.member = true;
        g.slotIndex = index;
        return g;
    }

    /** A member descriptor taken to another class applies only to instances of its own (a TypeError, not a cast failure). */
    // CPython: Objects/descrobject.c descr_check, descr_setcheck
    private static void memberCheck(PyType owner, String name, PyObject self) {
        if (!self.type().isSubtype(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '" + self.typeName() + "' object");
        }
    }

    /** The Java class the instances of a class with these bases have; TypeError for a conflict. */
    // CPython: Objects/typeobject.c best_base, solid_base
    private static Class<?> solidLayout(PyType[] bases) {
        Object winner = null;
        for (PyType b : bases) {
            Object k = layoutKey(b);
            if (k == PyInstance.class) {
                if (winner == null) winner = k;
                continue;
            }
            if (winner == null || winner == PyInstance.class) winner = k;
            else if (winner != k) throw Errors.typeError("multiple bases have instance lay-out conflict");
        }
        if (winner instanceof PyType bt) {
            throw Errors.typeError("pyjama cannot subclass the built-in type '" + bt.name() + "' yet");
        }
        return (Class<?>) winner;
    }

    /**
     * Whether instances of a class with these bases can already be weakly referenced through a
     * base (a class that added {@code __weakref__}, or a built-in with its own weakref list), or
     * can never get the slot (built-ins of variable size): then no {@code __weakref__} is added.
     */
    // CPython: Objects/typeobject.c type_new_descriptors (base->tp_weaklistoffset, tp_itemsize)
    private static boolean hasWeakrefs(PyType[] bases) {
        for (PyType b : bases) {
            for (PyType m : b.mro()) {
                if (m.heap ? m.dict.containsKey("__weakref__") : NO_WEAKREF_SLOT.contains(m.name())) return true;
            }
        }
        return false;
    }

    /** Built-in bases that have a weakref list of their own or a variable size (tp_itemsize). */
    private static final java.util.Set<String> NO_WEAKREF_SLOT = java.util.Set.of("int", "bool", "tuple", "bytes", "set",
            "frozenset", "type", "functools.partial");

    /**
     * {@code __weakref__} of a class's instances: pyjama keeps no list of an object's weak
     * references, so it reads None (CPython gives the first weak reference when there is one).
     */
    private static PyGetSet weakrefDescriptor(PyType owner) {
        return new PyGetSet("__weakref__", owner, self -> PyNone.NONE, null);
    }

    /** The built-in type whose layout a class with these bases has (object when none). */
    private static PyType bestBase(PyType[] bases) {
        for (PyType b : bases) {
            for (PyType m : b.mro()) {
                if (!m.heap && m != PyType.OBJECT) return m;
            }
        }
        return PyType.OBJECT;
    }

    /** What decides the layout of a base's instances: a Java class pyjama supports, or the built-in type itself. */
    private static Object layoutKey(PyType b) {
        while (b.heap) {
            if (b.instanceClass != null && b.instanceClass != PyInstance.class) return b.instanceClass;
            PyType next = null;
            for (PyType x : b.bases()) {
                if (layoutKey(x) != PyInstance.class) {
                    next = x;
                    break;
                }
            }
            if (next == null) return PyInstance.class;
            b = next;
        }
        // object, and built-in types whose instances have object's layout (typing.Generic)
        if (b == PyType.OBJECT || b.instanceClass == PyInstance.class) return PyInstance.class;
        if (b.isSubtype(ExceptionTypes.BASE_EXCEPTION)) return PyBaseException.class;
        if (b == PyType.TYPE) return PyType.class;
        Class<?> derived = Derived.layoutOf(b);
        return derived != null ? derived : b;
    }

    /** The C3 linearisation of a class with these bases (the class itself not included), or CPython's error. */
    // CPython: Objects/typeobject.c mro_implementation, pmerge, set_mro_error
    static PyType[] mro(PyType[] bases) {
        if (bases.length == 1) return bases[0].mro().clone();
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) seqs.add(new ArrayList<>(List.of(b.mro())));
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> out = new ArrayList<>();
        if (PyType.merge(seqs, out)) return out.toArray(new PyType[0]);
        LinkedHashSet<PyType> heads = new LinkedHashSet<>();
        for (List<PyType> seq : seqs) heads.add(seq.get(0));
        StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution order (MRO) for bases");
        boolean first = true;
        for (PyType h : heads) {
            sb.append(first ? " " : ", ").append(h.name());
            first = false;
        }
        throw Errors.typeError(sb.toString());
    }

    /** {@code cls.__bases__ = value}: new bases, then the MROs of the class and its subclasses recomputed. */
    // CPython: Objects/typeobject.c type_set_bases, check_set_special_type_attr, compatible_for_assignment, mro_hierarchy
    static void setBases(PyType t, PyObject value) {
        if (!t.heap) throw Errors.typeError("cannot set '__bases__' attribute of immutable type '" + t.name() + "'");
        if (value == null) throw Errors.typeError("cannot delete '__bases__' attribute of immutable type '" + t.name() + "'");
        if (!(value instanceof PyTuple tuple)) {
            throw Errors.typeError("can only assign tuple to " + t.name() + ".__bases__, not " + value.typeName());
        }
        if (tuple.items.length == 0) throw Errors.typeError("can only assign non-empty tuple to " + t.name() + ".__bases__, not ()");
        PyType[] bases = new PyType[tuple.items.length];
        for (int i = 0; i < bases.length; i++) {
            if (!(tuple.items[i] instanceof PyType b)) {
                throw Errors.typeError(t.name() + ".__bases__ must be tuple of classes, not '" + tuple.items[i].typeName() + "'");
            }
            if (b.isSubtype(t)) throw Errors.typeError("a __bases__ item causes an inheritance cycle");
            bases[i] = b;
        }
        PyType[] old = t.bases();
        if (solidLayout(bases) != solidLayout(old)) {
            // CPython compares tp_free first: the built-ins outside the cycle collector free differently
            boolean freeDiffers = withoutGc(bestBase(bases)) != withoutGc(bestBase(old));
            throw Errors.typeError("__bases__ assignment: '" + bases[0].name() + "' "
                    + (freeDiffers ? "deallocator" : "object layout") + " differs from '" + old[0].name() + "'");
        }
        List<PyType> changed = new ArrayList<>();
        List<PyType[]> oldMros = new ArrayList<>();
        t.setBases(bases);
        try {
            recomputeMros(t, changed, oldMros);
        } catch (PyException e) {
            // CPython: mro_hierarchy's failure puts back the old bases and every MRO it changed
            t.setBases(old);
            for (int i = 0; i < changed.size(); i++) changed.get(i).setMro(oldMros.get(i));
            throw e;
        }
    }

    /** Built-in types whose instances CPython's cycle collector does not track (tp_free is PyObject_Free). */
    private static boolean withoutGc(PyType solid) {
        for (String n : new String[] {"int", "float", "complex", "str", "bytes", "bytearray"}) {
            if (solid.name().equals(n) && !solid.heap) return true;
        }
        return false;
    }

    private static void recomputeMros(PyType t, List<PyType> changed, List<PyType[]> oldMros) {
        PyType[] mro = mro(t.bases());
        PyType[] full = new PyType[mro.length + 1];
        full[0] = t;
        System.arraycopy(mro, 0, full, 1, mro.length);
        changed.add(t);
        oldMros.add(t.mro());
        t.setMro(full);
        customMro(t);
        for (PyType s : List.copyOf(t.subclasses())) recomputeMros(s, changed, oldMros);
    }

    /**
     * A metaclass that defines {@code mro()} decides the class's MRO: its result (any iterable of
     * classes) replaces the C3 one, checked as CPython checks it.
     */
    // CPython: Objects/typeobject.c mro_internal (the custom branch), mro_check
    private static void customMro(PyType t) {
        PyType meta = t.type();
        if (meta == PyType.TYPE) return;
        PyObject m = meta.lookup("mro");
        if (m == null || m == PyType.TYPE.lookup("mro")) return;
        List<PyObject> result = Abstract.toList(Abstract.call(Abstract.descrGet(m, t, meta)));
        Object own = layoutKey(t);
        PyType[] mro = new PyType[result.size()];
        for (int i = 0; i < mro.length; i++) {
            PyObject o = result.get(i);
            if (!(o instanceof PyType b)) throw Errors.typeError("mro() returned a non-class ('" + o.typeName() + "')");
            Object k = layoutKey(b);
            if (k != PyInstance.class && k != own) {
                throw Errors.typeError("mro() returned base with unsuitable layout ('" + b.name() + "')");
            }
            mro[i] = b;
        }
        t.setMro(mro);
        t.invalidateAll();
    }

    /** The most derived metaclass of {@code meta} and the bases' metaclasses; CPython's conflict error. */
    // CPython: Objects/typeobject.c _PyType_CalculateMetaclass
    public static PyType calculateMetaclass(PyType meta, PyTuple bases) {
        PyType winner = meta;
        for (PyObject b : bases.items) {
            PyType tmp = b.type();
            if (winner.isSubtype(tmp)) continue;
            if (tmp.isSubtype(winner)) {
                winner = tmp;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                    + "of the metaclasses of all its bases");
        }
        return winner;
    }

    // ---- calling a class

    /** {@code t(*args)}: {@code t.__new__} then {@code __init__}, as type_call does. */
    // CPython: Objects/typeobject.c type_call
    public static PyObject callType(PyType t, PyObject[] args, PyTuple kwnames) {
        PyType meta = t.type();
        if (meta != PyType.TYPE) {
            PyObject call = meta.lookup("__call__");
            if (call != BuiltinTypes.TYPE_CALL) return callWithSelf(call, t, args, kwnames);
        }
        return typeCall(t, args, kwnames);
    }

    /** type.__call__ itself. */
    static PyObject typeCall(PyType t, PyObject[] args, PyTuple kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.items.length;
        if (t == PyType.TYPE) {
            int npos = args.length - nkw;
            if (npos == 1 && nkw == 0) return args[0].type();
            if (npos != 3) throw Errors.typeError("type() takes 1 or 3 arguments");
        }
        if (t.disallowInstantiation) throw Errors.typeError("cannot create '" + t.name() + "' instances");
        CallCache cc = callCache(t);
        PyObject nw = cc.newMethod;
        PyObject obj;
        if (cc.plainNew) {
            if (args.length > 0 && cc.objectInit) throw Errors.typeError(t.name() + "() takes no arguments");
            obj = newInstance(t);
        } else if (kwnames == null && t != ExceptionTypes.BASE_EXCEPTION && nw == callCache(ExceptionTypes.BASE_EXCEPTION).newMethod
                && t.isSubtype(ExceptionTypes.BASE_EXCEPTION)) {
            // a user exception class with its own __init__ (the common `class E(Exception)` with
            // fields): BaseException.__new__'s instance, without calling it through two argument arrays
            // CPython: Objects/exceptions.c BaseException_new
            obj = new PyBaseException(t, PyTuple.of(args.clone()));
        } else {
            if (nw == null) throw Errors.typeError("cannot create '" + t.name() + "' instances");
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = t;
            System.arraycopy(args, 0, all, 1, args.length);
            PyObject f = nw instanceof PyStaticMethod sm ? sm.callable : nw;
            obj = Abstract.call(f, all, kwnames);
        }
        PyType ot = obj.type();
        if (ot != t && !ot.isSubtype(t)) return obj;
        // __new__ may have changed the class (its version), or made an instance of a subclass
        PyObject init = ot == t && cc.version == t.version ? cc.init : ot.lookup("__init__");
        if (init == BuiltinTypes.OBJECT_INIT && nw == BuiltinTypes.OBJECT_NEW) return obj;
        if (kwnames == null && init instanceof PyFunction) AdaptiveInlining.classCall(t, nw, init, args.length);
        PyObject r = callWithSelf(init, obj, args, kwnames);
        if (r != PyNone.NONE) throw Errors.typeError("__init__() should return None, not '" + r.typeName() + "'");
        return obj;
    }

    /**
     * What type_call looks up on the class, kept per class version: {@code __new__}, {@code __init__},
     * and whether {@code __new__} is object's for a plain, concrete class (CPython keeps the init
     * function in the CALL site's cache, CALL_ALLOC_AND_ENTER_INIT, under the type version).
     */
    static final class CallCache {
        /** Moved on in place when a change to the class left these lookups alone (a class attribute counting instances). */
        int version;
        final PyObject newMethod, init;
        final boolean plainNew, objectInit;

        CallCache(int version, PyObject newMethod, PyObject init, boolean plainNew) {
            this.version = version;
            this.newMethod = newMethod;
            this.init = init;
            this.plainNew = plainNew;
            this.objectInit = init == BuiltinTypes.OBJECT_INIT;
        }
    }

    static CallCache callCache(PyType t) {
        CallCache c = t.callCache instanceof CallCache cc ? cc : null;
        if (c != null && c.version == t.version) return c;
        int version = t.version; // before the lookups: a change they cause leaves the entry stale, never wrong
        PyObject nw = t.lookup("__new__"), init = t.lookup("__init__");
        boolean plain = nw == BuiltinTypes.OBJECT_NEW && t.instanceClass == PyInstance.class && !t.dict.containsKey("__abstractmethods__");
        if (c != null && c.newMethod == nw && c.init == init && c.plainNew == plain) {
            c.version = version;
            return c;
        }
        c = new CallCache(version, nw, init, plain);
        t.callCache = c;
        return c;
    }

    /** Calls a method found on the type of {@code self}, keywords included. */
    static PyObject callWithSelf(PyObject descr, PyObject self, PyObject[] args, PyTuple kwnames) {
        if (kwnames == null && descr instanceof PyFunction fn) {
            // most __init__ calls: self and the arguments go straight into the new frame
            PyObject r = Calls.callPositional(fn, self, args, 0, args.length);
            if (r != Calls.NOT_SIMPLE) return r;
        }
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        if (descr instanceof PyFunction) return Calls.call(descr, all, kwnames);
        if (descr instanceof PyBuiltinFunction bf && bf.isDescriptor()) return bf.impl.call(all, kwnames);
        return Abstract.call(Abstract.descrGet(descr, self, self.type()), args, kwnames);
    }

    /** A new instance of a class whose instances are PyInstances (object.__new__). */
    public static PyInstance newInstance(PyType t) {
        PyInstance i = new PyInstance(t);
        if (!t.instanceDict) i.dict = null;
        if (t.nslots > 0) i.slots = new PyObject[t.nslots];
        return i;
    }
}
