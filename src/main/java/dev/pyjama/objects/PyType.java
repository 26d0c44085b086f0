package dev.pyjama.objects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python type object. Attributes live in {@link #dict} (name to value, in definition
 * order); {@link #lookup} finds a name along the MRO, as {@code _PyType_Lookup} does, through
 * a per-type cache that any change to a type's dict (or to a base's) empties.
 *
 * <p>Built-in types are made once, by the Java class that implements their instances
 * ({@code PyInt.TYPE}, ...), and filled by {@code dev.pyjama.interp.BuiltinTypes}; their
 * methods are Java functions in their dicts. Classes made by Python code are heap types
 * ({@link #heap}) whose instances are {@link PyInstance}s.
 */
// CPython: Objects/typeobject.c
public final class PyType extends PyObject {
    /** The metatype of built-in types; {@code type(type) is type}. */
    public static final PyType TYPE;
    /** {@code object}, the root of every MRO. */
    public static final PyType OBJECT;

    static {
        OBJECT = new PyType("object", null, new PyType[0], false);
        TYPE = new PyType("type", null, new PyType[] {OBJECT}, false);
        OBJECT.metatype = TYPE;
        TYPE.metatype = TYPE;
    }

    private String name;
    public String qualname;
    private PyType metatype;
    private PyType[] bases;
    private PyType[] mro;
    /** The type's own attributes (its {@code __dict__}), in definition order. */
    public final Map<String, PyObject> dict = new LinkedHashMap<>();
    /** Heap types are made by class statements (or {@code type(name, bases, dict)}). */
    public final boolean heap;
    /** Whether Python code may subclass it ({@code Py_TPFLAGS_BASETYPE}). */
    public boolean baseType = true;
    /** Calling it raises "cannot create 'X' instances" (a built-in type without tp_new). */
    public boolean disallowInstantiation;
    /**
     * Py_TPFLAGS_SEQUENCE (1 << 5) or Py_TPFLAGS_MAPPING (1 << 6) as _abc gives them to an ABC
     * ({@code __abc_tpflags__}) and the classes registered with it; 0 when _abc set none.
     */
    public int abcCollectionFlag;
    /** For a built-in type whose dict's {@code __module__} is its instances' attribute: the module its tp_name names. */
    public String builtinModule;
    /** A built-in type whose own __getattribute__/__setattr__/__delattr__ must be called (weakref proxies). */
    public boolean attributeHooks;
    /** For heap types: the Java class their instances have (PyInstance, or a built-in's subclass). */
    public Class<?> instanceClass;
    /** Whether instances have a {@code __dict__} (false for object and for classes with only __slots__). */
    public boolean instanceDict;
    /** The number of __slots__ storage cells instances need (this class's and its bases'). */
    public int nslots;
    /** Sub-types that inherit from this one, whose caches a change here must empty. */
    private final List<PyType> subclasses = new ArrayList<>();
    private final Map<String, PyObject> cache = new HashMap<>();
    /** Marks "looked up and not found" in the cache. */
    private static final PyObject MISSING = new PyObject() {
        @Override
        public PyType type() {
            return OBJECT;
        }

        @Override
        public String repr() {
            return "<missing>";
        }
    };

    private PyType(String name, PyType metatype, PyType[] bases, boolean heap) {
        this.name = name;
        this.qualname = name;
        // A built-in type's tp_name may name its module ("types.SimpleNamespace"): messages
        // show the whole name, __name__ and __qualname__ the part after the last dot.
        // CPython: Objects/typeobject.c type_name, type_module
        int dot = heap ? -1 : name.lastIndexOf('.');
        if (dot >= 0) {
            this.qualname = name.substring(dot + 1);
            this.builtinModule = name.substring(0, dot);
        }
        this.metatype = metatype;
        this.bases = bases;
        this.heap = heap;
        this.mro = null;
        for (PyType b : bases) b.subclasses.add(this);
        this.mro = heap ? null : c3(this, bases);
    }

    /** A built-in type with one base (object when null). */
    public static PyType builtin(String name, PyType base) {
        return new PyType(name, TYPE, new PyType[] {base == null ? OBJECT : base}, false);
    }

    /** A built-in type with two bases (ExceptionGroup); its MRO merges theirs in order. */
    public static PyType builtinMulti(String name, PyType first, PyType second) {
        return new PyType(name, TYPE, new PyType[] {first, second}, false);
    }

    /** A class made by Python code, with its MRO given (computed by the caller, C3). */
    public static PyType heap(String name, PyType metatype, PyType[] bases, PyType[] mro) {
        PyType t = new PyType(name, metatype, bases, true);
        t.mro = mro;
        return t;
    }

    /**
     * The C3 linearisation of a class with these bases: the class, then a merge of the bases'
     * MROs and the list of bases; null when no consistent order exists.
     */
    // CPython: Objects/typeobject.c mro_implementation, pmerge
    public static PyType[] c3(PyType self, PyType[] bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) seqs.add(new ArrayList<>(List.of(b.mro)));
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> out = new ArrayList<>();
        out.add(self);
        return merge(seqs, out) ? out.toArray(new PyType[0]) : null;
    }

    /**
     * C3's merge: appends to {@code out} the next head that is in no sequence's tail, until the
     * sequences are used up (true) or no head qualifies (false; {@code seqs} then holds what was
     * left, whose heads name the conflicting bases in CPython's error).
     */
    // CPython: Objects/typeobject.c pmerge
    public static boolean merge(List<List<PyType>> seqs, List<PyType> out) {
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) return true;
            PyType candidate = null;
            for (List<PyType> seq : seqs) {
                PyType head = seq.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) return false;
            out.add(candidate);
            for (List<PyType> seq : seqs) {
                if (seq.get(0) == candidate) seq.remove(0);
            }
        }
    }

    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PyType[] bases() {
        return bases;
    }

    /** Replaces the bases of a heap type ({@code __bases__} assignment); the caller recomputes the MROs. */
    public void setBases(PyType[] newBases) {
        for (PyType b : bases) b.subclasses.remove(this);
        bases = newBases;
        for (PyType b : newBases) b.subclasses.add(this);
    }

    public PyType[] mro() {
        return mro;
    }

    /** Sets the MRO of a heap type (computed by {@code interp.Types}, the type itself first). */
    public void setMro(PyType[] mro) {
        this.mro = mro;
        invalidateAll();
    }

    /**
     * Changes whenever a lookup on this type may give a different answer (its dict, a base's
     * dict or its MRO changed): inline caches of the eval loop compare it.
     */
    // CPython: Objects/typeobject.c tp_version_tag (assign_version_tag, type_modified)
    public int version;
    /** What calling this type looked up at some {@link #version} (interp.Types' cache; null: nothing yet). */
    public Object callCache;
    /** interp.AttrCache's entries for instances of this type, by attribute name (made on first use). */
    public java.util.concurrent.ConcurrentHashMap<String, Object> attrEntries;

    /** Empties the lookup caches of this type and its subclasses. */
    public void invalidateAll() {
        version++;
        cache.clear();
        java.util.Arrays.fill(hooks, null);
        for (PyType s : subclasses) s.invalidateAll();
    }

    /** The direct subclasses ({@code type.__subclasses__()}). */
    public List<PyType> subclasses() {
        return subclasses;
    }

    public PyType base() {
        return bases.length == 0 ? null : bases[0];
    }

    /** Which special method {@link #lookupHook} answers for: the ones every attribute access asks about. */
    public static final int GETATTRIBUTE = 0, GETATTR = 1, SETATTR = 2, DELATTR = 3;
    private static final String[] HOOK_NAMES = {"__getattribute__", "__getattr__", "__setattr__", "__delattr__"};
    /** {@link #lookup} of the HOOK_NAMES, kept apart from the name map (null: not looked up yet, MISSING: absent). */
    private final PyObject[] hooks = new PyObject[4]; // HOOK_NAMES.length (not yet set while the static types are made)

    /**
     * {@code lookup} of {@code __getattribute__}, {@code __getattr__}, {@code __setattr__} or
     * {@code __delattr__} (GETATTRIBUTE...): an array read once known, where a name lookup
     * would hash the name for each attribute access.
     */
    public PyObject lookupHook(int which) {
        PyObject v = hooks[which];
        if (v == null) {
            v = lookup(HOOK_NAMES[which]);
            hooks[which] = v == null ? MISSING : v;
            return v;
        }
        return v == MISSING ? null : v;
    }

    /** The value of {@code name} in the first type of the MRO that has it, or null. */
    // CPython: Objects/typeobject.c _PyType_Lookup
    public PyObject lookup(String name) {
        PyObject v = cache.get(name);
        if (v == null) {
            v = MISSING;
            for (PyType t : mro) {
                PyObject found = t.dict.get(name);
                if (found != null) {
                    v = found;
                    break;
                }
            }
            cache.put(name, v);
        }
        return v == MISSING ? null : v;
    }

    /** Sets (or with null, deletes) an attribute of this type and empties the caches that saw it. */
    public void setAttribute(String name, PyObject value) {
        if (value == null) dict.remove(name);
        else dict.put(name, value);
        invalidate(name);
    }

    private void invalidate(String name) {
        version++;
        cache.remove(name);
        for (int i = 0; i < HOOK_NAMES.length; i++) {
            if (HOOK_NAMES[i].equals(name)) hooks[i] = null;
        }
        for (PyType s : subclasses) s.invalidate(name);
    }

    /** Whether this type is {@code other} or a subtype of it. */
    // CPython: Objects/typeobject.c PyType_IsSubtype
    public boolean isSubtype(PyType other) {
        if (this == other) return true;
        for (PyType t : mro) {
            if (t == other) return true;
        }
        return false;
    }

    public PyType metatype() {
        return metatype;
    }

    @Override
    public PyType type() {
        return metatype;
    }

    // CPython: Objects/typeobject.c type_repr
    @Override
    public String repr() {
        PyObject module = !heap && builtinModule != null ? PyStr.of(builtinModule) : dict.get("__module__");
        if (module instanceof PyStr m && !m.value().equals("builtins")) {
            return "<class '" + m.value() + "." + qualname + "'>";
        }
        return "<class '" + qualname + "'>";
    }

    @Override
    public String typeName() {
        return metatype.name;
    }
}
