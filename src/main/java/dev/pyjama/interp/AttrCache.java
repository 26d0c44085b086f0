package dev.pyjama.interp;

import dev.pyjama.code.PyCode;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PySet;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyFunction;
import dev.pyjama.objects.PyGetSet;
import dev.pyjama.objects.PyHash;
import dev.pyjama.objects.PyInstance;
import dev.pyjama.objects.PyMethod;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyType;

/**
 * The inline caches of LOAD_ATTR and STORE_ATTR on instances of Python classes: what the class
 * has under the name (nothing, a function, a data descriptor, another value), remembered per
 * code object and name with the class's version, so the common attribute access skips the MRO
 * lookup and the checks for __getattribute__ and __getattr__. Any change to the class, a base or
 * its MRO changes the version.
 *
 * <p>The instance dict is read through a hint: the entry index where the name was found last
 * time, checked by the key's identity (code names are interned), as CPython's LOAD_ATTR_WITH_HINT.
 * Instances of one class usually get their attributes in the same order, so the index holds
 * across them. The method form proves the instance dict does not shadow the class's function
 * with the dict's {@link PyDict#keyBits}. The hit paths are methods of at most 35 bytes of
 * bytecode, which C2 inlines into Eval.loop however rarely the site ran when the loop was
 * compiled (see InlineOps, InlineOpsSizeTest); a miss is a call to the general path.
 */
// CPython: Python/specialize.c _Py_Specialize_LoadAttr (LOAD_ATTR_WITH_HINT, LOAD_ATTR_METHOD_WITH_VALUES,
// LOAD_ATTR_PROPERTY), _Py_Specialize_StoreAttr (STORE_ATTR_WITH_HINT)
final class AttrCache {
    /** What the class has under the name. */
    private static final int ABSENT = 0, FUNCTION = 1, DATA_DESCRIPTOR = 2, OTHER = 3;
    /** A key no dict holds: the hint of an entry whose instance dict must not be read this way. */
    private static final PyObject NEVER = new PyObject() {
        @Override
        public PyType type() {
            return dev.pyjama.objects.PyNone.NONE.type();
        }

        @Override
        public String repr() {
            return "<never a key>";
        }
    };

    private final PyType type;
    /** The class version the entry was checked against (moved on in place when a change left the name's answer alone). */
    private int version;
    private final PyObject name;
    private final PyObject descr;
    private final int kind;
    /** Whether the class's __setattr__ is object's, so a store may go straight to the instance dict. */
    private final boolean plainSetattr;
    /** The name, when the instance dict answers a load before the class (no data descriptor); else NEVER. */
    private final PyObject loadKey;
    /** The name, when a store may go straight to the instance dict; else NEVER. */
    private final PyObject storeKey;
    /** The class's function (kind FUNCTION), else null: what the method form pushes. */
    private final PyObject function;
    /** The class's value when it is no descriptor at all (a class constant), else null: what a load finds when the instance has none. */
    private final PyObject plain;
    /** The index in the instance's slot values of a __slots__ member the class has under the name (LOAD_ATTR_SLOT), else -1. */
    private final int loadSlot;
    /** {@link #loadSlot} when a store may go straight to the slot (the class's __setattr__ is object's), else -1. */
    private final int storeSlot;
    /** {@code 1L << hash(name)}: the name's bit in {@link PyDict#keyBits}. */
    private final long nameBit;
    /** Where the name was in the last instance dict that had it (racy on purpose: every use checks the key). */
    private int hint;
    /**
     * For the method form on a built-in object (str, list, dict...): the Java class of the
     * owner, which fixes its Python type; such a type cannot change and its instances have no
     * dict, so the class alone proves what the name finds. Null for entries of classes of the program.
     */
    private final Class<?> builtinClass;

    /** Never valid (its type is null): what a site without an entry reads, so the hit test needs no null check. */
    private static final AttrCache EMPTY = new AttrCache(null, 0, null, ABSENT, false, NEVER, null);

    private AttrCache(PyType type, int version, PyObject descr, int kind, boolean plainSetattr, PyObject name, Class<?> builtinClass) {
        this.builtinClass = builtinClass;
        this.type = type;
        this.version = version;
        this.descr = descr;
        this.kind = kind;
        this.plainSetattr = plainSetattr;
        this.name = name;
        this.loadKey = kind == DATA_DESCRIPTOR ? NEVER : name;
        this.storeKey = kind == DATA_DESCRIPTOR || !plainSetattr ? NEVER : name;
        this.function = kind == FUNCTION ? descr : null;
        this.loadSlot = descr instanceof PyGetSet g && g.member && g.slotIndex >= 0 && type != null && type.instanceClass == PyInstance.class
                && type.isSubtype(g.owner) ? g.slotIndex : -1;
        this.storeSlot = plainSetattr ? loadSlot : -1;
        // a built-in type cannot gain a __get__ later (a class of the program could, unseen by this entry)
        this.plain = kind == OTHER && !descr.type().heap && descr.type().lookup("__get__") == null ? descr : null;
        this.nameBit = name == NEVER ? 0 : 1L << PyHash.hash(name);
    }

    /** LOAD_ATTR: {@code owner.name} (with {@code method}, the pair LOAD_ATTR's method form pushes). */
    static int loadAttr(PyCode co, PyObject[] s, int sp, PyStr[] names, int i, boolean method) {
        return method ? loadMethod(co, s, sp, i) : loadValue(co, s, sp, i);
    }

    private static int loadValue(PyCode co, PyObject[] s, int sp, int i) {
        return at(co, i).loaded(s, sp) ? sp : load(co, s, sp, i, false);
    }

    private static int loadMethod(PyCode co, PyObject[] s, int sp, int i) {
        return at(co, i).pushedMethod(s, sp) ? sp + 1 : load(co, s, sp, i, true);
    }

    private static AttrCache at(PyCode co, int i) {
        Object[] caches = co.attrCaches;
        AttrCache c = caches == null ? null : (AttrCache) caches[i];
        return c != null ? c : EMPTY;
    }

    /** Replaces the owner on top of the stack by its own value of the name, if the hint finds it. */
    private boolean loaded(PyObject[] s, int sp) {
        PyObject v = value(s[sp - 1]);
        if (v == null) return false;
        s[sp - 1] = v;
        return true;
    }

    /** Pushes the class's function and the owner as its self, if the instance dict cannot shadow it. */
    private boolean pushedMethod(PyObject[] s, int sp) {
        PyObject f = method(s[sp - 1]);
        if (f == null) return false;
        s[sp] = s[sp - 1];
        s[sp - 1] = f;
        return true;
    }

    private PyObject value(PyObject o) {
        return o instanceof PyInstance ? valueOf((PyInstance) o) : null;
    }

    private PyObject valueOf(PyInstance p) {
        return valid(p) ? found(p) : null;
    }

    private PyObject found(PyInstance p) {
        return loadSlot >= 0 ? slotValue(p.slots) : own(p.dict);
    }

    private PyObject slotValue(PyObject[] values) {
        return values != null && loadSlot < values.length ? values[loadSlot] : null;
    }

    private boolean valid(PyInstance p) {
        PyType t = p.type();
        return t == type && version == t.version;
    }

    private PyObject own(PyDict d) {
        PyObject v = d != null ? d.atHint(hint, loadKey) : null;
        return v != null ? v : classValue(d);
    }

    private PyObject classValue(PyDict d) {
        return plain != null && notOwn(d) ? plain : null;
    }

    private PyObject method(PyObject o) {
        return o instanceof PyInstance ? methodOf((PyInstance) o) : builtinMethod(o);
    }

    private PyObject builtinMethod(PyObject o) {
        return o.getClass() == builtinClass ? function : null;
    }

    private PyObject methodOf(PyInstance p) {
        return valid(p) && notOwn(p.dict) ? function : null;
    }

    private boolean notOwn(PyDict d) {
        return d == null || (d.keyBits & nameBit) == 0;
    }

    private static int pushMethod(PyObject[] s, int sp, PyObject f) {
        s[sp] = s[sp - 1];
        s[sp - 1] = f;
        return sp + 1;
    }

    /** The general LOAD_ATTR, through the cache entry (made now if need be) when the owner is a plain instance. */
    private static int load(PyCode co, PyObject[] s, int sp, int i, boolean method) {
        PyStr[] names = co.namesAsStr();
        PyObject owner = s[sp - 1];
        if (owner.getClass() == PyInstance.class) {
            PyInstance o = (PyInstance) owner;
            AttrCache c = entry(co, names, i, o.type());
            if (c != null) {
                int ix = o.dict == null || c.kind == DATA_DESCRIPTOR ? -1 : o.dict.entryIndex(names[i]);
                PyObject v;
                if (ix >= 0) {
                    v = o.dict.valueAt(ix);
                    c.hint = ix;
                } else if (c.kind == FUNCTION) {
                    if (method) return pushMethod(s, sp, c.descr);
                    v = new PyMethod(c.descr, o);
                } else if (c.kind != ABSENT) {
                    v = Abstract.descrGet(c.descr, o, c.type);
                } else {
                    v = null; // missing: the generic path raises AttributeError (or finds __getattr__'s answer)
                }
                if (v != null) {
                    s[sp - 1] = v;
                    if (method) s[sp++] = null;
                    return sp;
                }
            }
        } else if (method) {
            AttrCache c = builtinEntry(co, names, i, owner);
            if (c != null) return pushMethod(s, sp, c.function);
        }
        return EvalHelpers.loadAttr(s, sp, names[i], method);
    }

    /** STORE_ATTR: {@code owner.name = value} (owner on top, value below it). */
    static void storeAttr(PyCode co, PyObject[] s, int sp, PyStr[] names, int i) {
        if (!at(co, i).stored(s[sp - 1], s[sp - 2])) store(co, s, sp, names, i);
    }

    /** Whether the value replaced the instance's own through the hint. */
    private boolean stored(PyObject o, PyObject v) {
        return o instanceof PyInstance && storedOn((PyInstance) o, v);
    }

    private boolean storedOn(PyInstance p, PyObject v) {
        return valid(p) && storedInto(p, v);
    }

    private boolean storedInto(PyInstance p, PyObject v) {
        return storeSlot >= 0 ? storedSlot(p.slots, v) : storedIn(p.dict, v);
    }

    private boolean storedSlot(PyObject[] values, PyObject v) {
        if (values == null || storeSlot >= values.length) return false;
        values[storeSlot] = v;
        return true;
    }

    private boolean storedIn(PyDict d, PyObject v) {
        return d != null && d.storeAtHint(hint, storeKey, v);
    }

    private static void store(PyCode co, PyObject[] s, int sp, PyStr[] names, int i) {
        PyObject owner = s[sp - 1];
        if (owner.getClass() == PyInstance.class) {
            PyInstance o = (PyInstance) owner;
            PyDict d = o.dict;
            AttrCache c = entry(co, names, i, o.type()); // also for a dict-less instance: its slots' entries
            if (d != null && c != null && c.plainSetattr && c.kind != DATA_DESCRIPTOR) {
                c.hint = d.putAt(names[i], s[sp - 2]);
                return;
            }
        }
        Abstract.setattr(owner, names[i], s[sp - 2]);
    }

    /**
     * The valid cache entry for name {@code i} on {@code t}, installed at the site; null when
     * {@code t} customises lookup. A site that sees several classes (a base class's method run for
     * instances of its subclasses) takes each class's entry from the class, made once per version.
     */
    private static AttrCache entry(PyCode co, PyStr[] names, int i, PyType t) {
        Object[] caches = co.attrCaches;
        if (caches == null) caches = co.attrCaches = new Object[names.length];
        if (caches[i] instanceof AttrCache c && c.type == t && (c.version == t.version || c.revalidated())) return c;
        AttrCache c = forType(t, names[i]);
        caches[i] = c;
        return c;
    }

    /** Whether the Java class of an object fixes its Python type (a built-in type, no subclass) and it has no instance dict. */
    private static boolean fixedBuiltin(Class<?> k) {
        return k == PyStr.class || k == PyList.class || k == PyDict.class || k == PyTuple.class || k == PyInt.class
                || k == PyFloat.class || k == PySet.class || k == PyBytes.class;
    }

    /**
     * The entry of {@code o.name}'s method form for a built-in object whose type has a method
     * descriptor under the name (what _PyObject_GetMethod returns unbound), installed at the
     * site; null for other owners and names. Built-in types are immutable, so the entry never goes stale.
     */
    // CPython: Python/specialize.c specialize_attr_loadclassattr (LOAD_ATTR_METHOD_NO_DICT)
    private static AttrCache builtinEntry(PyCode co, PyStr[] names, int i, PyObject o) {
        Class<?> k = o.getClass();
        if (!fixedBuiltin(k)) return null;
        Object[] caches = co.attrCaches;
        if (caches == null) caches = co.attrCaches = new Object[names.length];
        // a site that also sees instances of a class of the program keeps their entry (no thrashing)
        if (caches[i] instanceof AttrCache old && old.builtinClass == null) return null;
        PyType t = o.type();
        PyObject d = t.lookup(names[i].value());
        if (!(d instanceof PyBuiltinFunction bf && bf.isDescriptor())) return null;
        AttrCache c = new AttrCache(t, t.version, d, FUNCTION, false, names[i], k);
        caches[i] = c;
        return c;
    }

    private static AttrCache forType(PyType t, PyStr name) {
        var entries = t.attrEntries;
        if (entries == null) t.attrEntries = entries = new java.util.concurrent.ConcurrentHashMap<>();
        if (entries.get(name.value()) instanceof AttrCache c && (c.version == t.version || c.revalidated())) return c;
        int version = t.version; // before the lookups: a change they cause leaves the entry stale, never wrong
        if (customized(t)) return null;
        PyObject d = t.lookup(name.value());
        // an instance of a class of the program can gain or lose __get__/__set__ without this class's
        // version moving: such a name takes the general path every time
        if (d != null && d.type().heap) return null;
        AttrCache c = new AttrCache(t, version, d, kindOf(d), t.lookupHook(PyType.SETATTR) == BuiltinTypes.OBJECT_SETATTR, name, null);
        entries.put(name.value(), c);
        return c;
    }

    private static boolean customized(PyType t) {
        return t.lookupHook(PyType.GETATTRIBUTE) != BuiltinTypes.OBJECT_GETATTRIBUTE || t.lookupHook(PyType.GETATTR) != null;
    }

    private static int kindOf(PyObject d) {
        return d == null ? ABSENT : d instanceof PyFunction ? FUNCTION : Abstract.isDataDescriptor(d) ? DATA_DESCRIPTOR : OTHER;
    }

    /**
     * After the class changed (its version moved on), whether this entry still tells the truth:
     * the same lookups give the same answers, as when another attribute of the class was
     * assigned ({@code Shape.count += 1} in every {@code __init__}). Then it takes the new version
     * instead of being made again.
     */
    private boolean revalidated() {
        PyType t = type;
        int v = t.version; // before the lookups, as in forType
        if (customized(t) || (t.lookupHook(PyType.SETATTR) == BuiltinTypes.OBJECT_SETATTR) != plainSetattr) return false;
        PyObject d = t.lookup(((PyStr) name).value());
        if (d != descr || kindOf(d) != kind) return false;
        version = v;
        return true;
    }
}
