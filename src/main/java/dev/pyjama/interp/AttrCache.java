package dev.pyjama.interp;

import dev.pyjama.code.PyCode;
import dev.pyjama.objects.PyFunction;
import dev.pyjama.objects.PyInstance;
import dev.pyjama.objects.PyMethod;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyType;

/**
 * The inline caches of LOAD_ATTR and STORE_ATTR on instances of Python classes: what the class
 * has under the name (nothing, a function, a data descriptor, another value), remembered per
 * code object and name with the class's version, so the common attribute access costs one
 * instance-dict probe instead of an MRO lookup and the checks for __getattribute__ and
 * __getattr__. Any change to the class, a base or its MRO changes the version.
 */
// CPython: Python/specialize.c _Py_Specialize_LoadAttr (LOAD_ATTR_INSTANCE_VALUE, LOAD_ATTR_METHOD_WITH_VALUES,
// LOAD_ATTR_PROPERTY), _Py_Specialize_StoreAttr (STORE_ATTR_INSTANCE_VALUE)
final class AttrCache {
    /** What the class has under the name. */
    private static final int ABSENT = 0, FUNCTION = 1, DATA_DESCRIPTOR = 2, OTHER = 3;

    private final PyType type;
    private final int version;
    private final PyObject descr;
    private final int kind;
    /** Whether the class's __setattr__ is object's, so a store may go straight to the instance dict. */
    private final boolean plainSetattr;

    private AttrCache(PyType type, int version, PyObject descr, int kind, boolean plainSetattr) {
        this.type = type;
        this.version = version;
        this.descr = descr;
        this.kind = kind;
        this.plainSetattr = plainSetattr;
    }

    /** LOAD_ATTR: {@code owner.name} (with {@code method}, the pair LOAD_ATTR's method form pushes). */
    static int loadAttr(PyCode co, PyObject[] s, int sp, PyStr[] names, int i, boolean method) {
        PyObject owner = s[sp - 1];
        if (owner.getClass() == PyInstance.class) {
            PyInstance o = (PyInstance) owner;
            AttrCache c = entry(co, names, i, o.type());
            if (c != null) {
                PyObject own = o.dict == null || c.kind == DATA_DESCRIPTOR ? null : o.dict.get(names[i]);
                PyObject v;
                if (own != null) {
                    v = own;
                } else if (c.kind == FUNCTION) {
                    if (method) {
                        s[sp - 1] = c.descr;
                        s[sp] = o;
                        return sp + 1;
                    }
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
        }
        return EvalHelpers.loadAttr(s, sp, names[i], method);
    }

    /** STORE_ATTR: {@code owner.name = value} (owner on top, value below it). */
    static void storeAttr(PyCode co, PyObject[] s, int sp, PyStr[] names, int i) {
        PyObject owner = s[sp - 1];
        if (owner.getClass() == PyInstance.class) {
            PyInstance o = (PyInstance) owner;
            if (o.dict != null) {
                AttrCache c = entry(co, names, i, o.type());
                if (c != null && c.plainSetattr && c.kind != DATA_DESCRIPTOR) {
                    o.dict.put(names[i], s[sp - 2]);
                    return;
                }
            }
        }
        Abstract.setattr(owner, names[i], s[sp - 2]);
    }

    /** The valid cache entry for name {@code i} on {@code t}, made now if need be; null when {@code t} customises lookup. */
    private static AttrCache entry(PyCode co, PyStr[] names, int i, PyType t) {
        Object[] caches = co.attrCaches;
        if (caches == null) caches = co.attrCaches = new Object[names.length];
        if (caches[i] instanceof AttrCache c && c.type == t && c.version == t.version) return c;
        int version = t.version; // before the lookups: a change they cause leaves the entry stale, never wrong
        if (t.lookupHook(PyType.GETATTRIBUTE) != BuiltinTypes.OBJECT_GETATTRIBUTE || t.lookupHook(PyType.GETATTR) != null) {
            caches[i] = null;
            return null;
        }
        PyObject d = t.lookup(names[i].value);
        int kind = d == null ? ABSENT : d instanceof PyFunction ? FUNCTION : Abstract.isDataDescriptor(d) ? DATA_DESCRIPTOR : OTHER;
        AttrCache c = new AttrCache(t, version, d, kind, t.lookupHook(PyType.SETATTR) == BuiltinTypes.OBJECT_SETATTR);
        caches[i] = c;
        return c;
    }
}
