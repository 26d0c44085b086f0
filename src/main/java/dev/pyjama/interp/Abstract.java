package dev.pyjama.interp;

import dev.pyjama.objects.Derived;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.IntMath;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyClassMethod;
import dev.pyjama.objects.PyComplex;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyDictView;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyFrozenSet;
import dev.pyjama.objects.PyFunction;
import dev.pyjama.objects.PyGenericAlias;
import dev.pyjama.objects.PyGetSet;
import dev.pyjama.objects.PyHash;
import dev.pyjama.objects.PyInstance;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyIter;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyMethod;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyNotImplemented;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyProperty;
import dev.pyjama.objects.PyRange;
import dev.pyjama.objects.PySet;
import dev.pyjama.objects.PySlice;
import dev.pyjama.objects.PyStaticMethod;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PySuper;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;

/**
 * CPython's abstract object layer: every operation the eval loop performs on values. Each
 * takes a fast path for the built-in types first ({@code instanceof} on the final value
 * classes: one check, no dictionary lookup) and otherwise follows CPython's protocol, finding
 * special methods on the operands' types ({@code PyType.lookup}) so that classes defined in
 * Python, and subclasses of built-in types, behave as in CPython. Errors are raised as
 * {@link dev.pyjama.objects.PyException} with CPython's types and messages.
 *
 * <p>The value returned for "no value" is Java {@code null} only where documented (the
 * end of an iteration, a missing attribute in {@link #lookupAttr}).
 */
// CPython: Objects/abstract.c, Objects/object.c
public final class Abstract {
    private Abstract() {}

    /** Makes sure the built-in types are filled (the first use of Abstract does it). */
    public static void init() {}

    static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    // Comparison operators, CPython's numbering.
    public static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;
    static final String[] CMP_SYMBOL = {"<", "<=", "==", "!=", ">", ">="};
    static final String[] CMP_DUNDER = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    static final int[] CMP_SWAPPED = {GT, GE, EQ, NE, LT, LE};

    // BINARY_OP operands, CPython's NB_* numbering (in-place forms are these + 13).
    public static final int NB_ADD = 0, NB_AND = 1, NB_FLOOR_DIVIDE = 2, NB_LSHIFT = 3, NB_MATRIX_MULTIPLY = 4,
            NB_MULTIPLY = 5, NB_REMAINDER = 6, NB_OR = 7, NB_POWER = 8, NB_RSHIFT = 9, NB_SUBTRACT = 10,
            NB_TRUE_DIVIDE = 11, NB_XOR = 12, NB_INPLACE = 13;
    static final String[] NB_SYMBOL = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
    static final String[] NB_NAME = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow",
        "rshift", "sub", "truediv", "xor"};
    static final String[] NB_DUNDER = new String[13], NB_RDUNDER = new String[13], NB_IDUNDER = new String[13];

    static {
        for (int i = 0; i < 13; i++) {
            NB_DUNDER[i] = "__" + NB_NAME[i] + "__";
            NB_RDUNDER[i] = "__r" + NB_NAME[i] + "__";
            NB_IDUNDER[i] = "__i" + NB_NAME[i] + "__";
        }
        // after the tables above, which the built-in types' methods use
        BuiltinTypes.init();
    }

    // ---- attributes (Objects/object.c PyObject_GetAttr, PyObject_GenericGetAttr, type_getattro)

    /** {@code o.name}; AttributeError when missing (with its name and obj set, for suggestions). */
    // CPython: Objects/object.c PyObject_GetAttr, set_attribute_error_context
    public static PyObject getattr(PyObject o, PyStr name) {
        try {
            return getattr0(o, name);
        } catch (PyException e) {
            PyBaseException v = e.value();
            if (v.type().isSubtype(ExceptionTypes.ATTRIBUTE_ERROR) && !v.dict.containsKey("name") && !v.dict.containsKey("obj")) {
                v.dict.put("name", name);
                v.dict.put("obj", o);
            }
            throw e;
        }
    }

    private static PyObject getattr0(PyObject o, PyStr name) {
        PyType t = o.type();
        if (t.heap || t.attributeHooks) {
            PyObject ga = t.lookupHook(PyType.GETATTRIBUTE);
            if (ga != BuiltinTypes.OBJECT_GETATTRIBUTE && ga != BuiltinTypes.TYPE_GETATTRIBUTE) {
                return viaGetattribute(o, t, ga, name);
            }
            PyObject hook = t.lookupHook(PyType.GETATTR);
            if (hook != null) {
                PyObject v = getattrBuiltin(o, name, false);
                if (v != null) return v;
                return callMethod(hook, o, name);
            }
        }
        return getattrBuiltin(o, name, true);
    }

    private static PyObject viaGetattribute(PyObject o, PyType t, PyObject ga, PyStr name) {
        PyObject hook = t.lookupHook(PyType.GETATTR);
        if (hook == null) return callMethod(ga, o, name);
        try {
            return callMethod(ga, o, name);
        } catch (PyException e) {
            if (!e.value().type().isSubtype(ExceptionTypes.ATTRIBUTE_ERROR)) throw e;
            return callMethod(hook, o, name);
        }
    }

    /** The built-in attribute lookup (no __getattr__ hook): null when missing and {@code raise} is false. */
    static PyObject getattrBuiltin(PyObject o, PyStr name, boolean raise) {
        if (o instanceof PyType tt) return typeGetattr(tt, name, raise);
        if (o instanceof PySuper s) return superGetattr(s, name, raise);
        if (o instanceof PyGenericAlias ga && GenericAliases.forwards(ga, name)) {
            return raise ? getattr(ga.origin, name) : lookupAttr(ga.origin, name);
        }
        PyObject v = genericGetattr(o, name, false);
        if (v == null && o instanceof PyMethod pm) {
            // CPython: Objects/classobject.c method_getattro (what the type lacks comes from the function)
            return raise ? getattr(pm.function, name) : lookupAttr(pm.function, name);
        }
        if (v != null || !raise) return v;
        if (o instanceof PyModule m) {
            PyObject hook = m.dict.get(PyStr.of("__getattr__"));
            if (hook != null) return call(hook, new PyObject[] {name}, null);
            throw Importer.moduleAttributeError(m, name);
        }
        throw noAttribute(o, name);
    }

    static PyException noAttribute(PyObject o, PyStr name) {
        return Errors.attributeError("'" + o.typeName() + "' object has no attribute '" + name.value() + "'");
    }

    /** {@code object.__getattribute__(o, name)}: data descriptors, then the instance dict, then other descriptors. */
    // CPython: Objects/object.c _PyObject_GenericGetAttrWithDict
    public static PyObject genericGetattr(PyObject o, PyStr name, boolean raise) {
        PyType t = o.type();
        PyObject descr = t.lookup(name.value());
        if (descr != null && isDataDescriptor(descr)) return descrGet(descr, o, t);
        PyObject v = instanceAttr(o, name);
        if (v != null) return v;
        if (descr != null) return descrGet(descr, o, t);
        if (raise) throw noAttribute(o, name);
        return null;
    }

    /** The instance's own dict, or null for objects without one. */
    public static PyDict instanceDict(PyObject o) {
        if (o instanceof PyInstance i) return i.dict;
        if (o instanceof PyModule m) return m.dict;
        if (o instanceof PyFunction f) return f.dict;
        if (o instanceof Derived x) return x.dict();
        if (o instanceof dev.pyjama.objects.PyTypeParam p) return p.dict;
        return null;
    }

    private static PyObject instanceAttr(PyObject o, PyStr name) {
        if (o instanceof PyInstance i) return i.dict == null ? null : i.dict.get(name);
        if (o instanceof PyBaseException e) return e.dict.get(name.value());
        PyDict d = instanceDict(o);
        return d == null ? null : d.get(name);
    }

    /** Whether {@code d} defines {@code __set__} or {@code __delete__} (a data descriptor). */
    static boolean isDataDescriptor(PyObject d) {
        if (d instanceof PyGetSet || d instanceof PyProperty) return true;
        if (d instanceof PyFunction || d instanceof PyBuiltinFunction || d instanceof PyStr || d instanceof PyInt) return false;
        PyType dt = d.type();
        if (!dt.heap) return false;
        return dt.lookup("__set__") != null || dt.lookup("__delete__") != null;
    }

    /** {@code descr.__get__(obj, type)} (obj null when looked up on the class itself). */
    // CPython: the tp_descr_get slots of function, method_descriptor, classmethod, staticmethod, property
    public static PyObject descrGet(PyObject descr, PyObject obj, PyType type) {
        if (descr instanceof PyFunction) return obj == null ? descr : new PyMethod(descr, obj);
        if (descr instanceof PyBuiltinFunction bf) {
            if (obj == null || !bf.isDescriptor()) return descr;
            if (!obj.type().isSubtype(bf.owner)) {
                throw Errors.typeError("descriptor '" + bf.name + "' for '" + bf.owner.name()
                        + "' objects doesn't apply to a '" + obj.typeName() + "' object");
            }
            return bf.bind(obj);
        }
        if (descr instanceof Derived && descr.type().heap) {
            // a subclass of classmethod, staticmethod or property that defines its own __get__
            PyObject get = descr.type().lookup("__get__");
            if (get != null && !(get instanceof PyBuiltinFunction)) return callMethod(get, descr, obj == null ? PyNone.NONE : obj, type);
        }
        if (descr instanceof PyClassMethod cm) return PyBuiltinFunction.classMethodGet(MiscMethods.initialized(cm), type);
        if (descr instanceof PyStaticMethod sm) return MiscMethods.initialized(sm);
        if (descr instanceof PyProperty p) {
            if (obj == null) return p;
            if (p.fget == null) {
                throw Errors.attributeError("property " + propertyName(p) + "of '" + obj.typeName() + "' object has no getter");
            }
            if (p.fget instanceof PyFunction) AdaptiveInlining.propertyGet(p, obj);
            return call(p.fget, new PyObject[] {obj}, null);
        }
        if (descr instanceof PyGetSet gs) return obj == null ? gs : gs.getter.get(obj);
        PyType dt = descr.type();
        if (dt.heap) {
            PyObject get = dt.lookup("__get__");
            if (get != null) return callMethod(get, descr, obj == null ? PyNone.NONE : obj, type);
        }
        if (descr instanceof dev.pyjama.objects.BuiltinDescriptor bd) return bd.descrGet(obj, type);
        return descr;
    }

    // CPython: Objects/descrobject.c property_name (the __set_name__ name, else the getter's __name__)
    static String propertyName(PyProperty p) {
        PyObject name = p.name;
        if (name == null && p.fget != null) name = lookupAttr(p.fget, PyStr.of("__name__"));
        return name == null ? "" : repr(name).value() + " ";
    }

    // CPython: Objects/typeobject.c type_getattro
    static PyObject typeGetattr(PyType t, PyStr name, boolean raise) {
        PyType meta = t.type();
        PyObject metaAttr = meta.lookup(name.value());
        if (metaAttr != null && isDataDescriptor(metaAttr)) return descrGet(metaAttr, t, meta);
        PyObject attr = t.lookup(name.value());
        if (attr != null) return descrGet(attr, null, t);
        if (metaAttr != null) return descrGet(metaAttr, t, meta);
        if (!raise) return null;
        throw Errors.attributeError("type object '" + t.name() + "' has no attribute '" + name.value() + "'");
    }

    // CPython: Objects/typeobject.c super_getattro
    static PyObject superGetattr(PySuper s, PyStr name, boolean raise) {
        if (s.objType != null && !name.value().equals("__class__")) {
            PyType[] mro = s.objType.mro();
            int i = 0;
            while (i < mro.length && mro[i] != s.thisType) i++;
            for (i++; i < mro.length; i++) {
                PyObject v = mro[i].dict.get(name.value());
                if (v != null) {
                    return descrGet(v, s.obj == s.objType ? null : s.obj, s.objType);
                }
            }
        }
        return genericGetattr(s, name, raise);
    }

    /** {@code o.name}, or null when it is missing (AttributeError swallowed, as _PyObject_LookupAttr). */
    public static PyObject lookupAttr(PyObject o, PyStr name) {
        PyType t = o.type();
        try {
            // a descriptor found by the built-in lookup may raise AttributeError too (type.__abstractmethods__)
            if (!t.heap) return getattrBuiltin(o, name, false);
            return getattr(o, name);
        } catch (PyException e) {
            if (e.value().type().isSubtype(ExceptionTypes.ATTRIBUTE_ERROR)) return null;
            throw e;
        }
    }

    /**
     * The LOAD_ATTR method form: when {@code o.name} is a plain function found on the type
     * (which would be bound to {@code o}), returns it unbound and sets {@code out[0] = o};
     * otherwise returns {@code o.name} and leaves {@code out[0]} null.
     */
    // CPython: Objects/object.c _PyObject_GetMethod
    public static PyObject getMethod(PyObject o, PyStr name, PyObject[] out) {
        out[0] = null;
        PyType t = o.type();
        if (o instanceof PyType || o instanceof PyModule || o instanceof PySuper || o instanceof PyGenericAlias) return getattr(o, name);
        if (t.heap && t.lookupHook(PyType.GETATTRIBUTE) != BuiltinTypes.OBJECT_GETATTRIBUTE) return getattr(o, name);
        PyObject descr = t.lookup(name.value());
        if (descr instanceof PyFunction || (descr instanceof PyBuiltinFunction bf && bf.isDescriptor())) {
            PyObject v = instanceAttr(o, name);
            if (v != null) return v;
            out[0] = o;
            return descr;
        }
        return getattr(o, name);
    }

    /** {@code o.name = value}, or {@code del o.name} when value is null. */
    public static void setattr(PyObject o, PyStr name, PyObject value) {
        PyType t = o.type();
        if (t.heap || t.attributeHooks) {
            PyObject hook = t.lookupHook(value == null ? PyType.DELATTR : PyType.SETATTR);
            if (hook != BuiltinTypes.OBJECT_SETATTR && hook != BuiltinTypes.OBJECT_DELATTR
                    && hook != BuiltinTypes.TYPE_SETATTR && hook != BuiltinTypes.TYPE_DELATTR) {
                if (value == null) callMethod(hook, o, name);
                else callMethod(hook, o, name, value);
                return;
            }
        }
        if (o instanceof PyType tt) {
            typeSetattr(tt, name, value);
            return;
        }
        genericSetattr(o, name, value);
    }

    // CPython: Objects/typeobject.c type_setattro
    static void typeSetattr(PyType t, PyStr name, PyObject value) {
        if (!t.heap) {
            throw Errors.typeError("cannot set '" + name.value() + "' attribute of immutable type '" + t.name() + "'");
        }
        PyObject metaAttr = t.type().lookup(name.value());
        if (metaAttr != null && isDataDescriptor(metaAttr)) {
            descrSet(metaAttr, t, name, value);
            return;
        }
        if (value == null && !t.dict.containsKey(name.value())) {
            throw Errors.attributeError("type object '" + t.name() + "' has no attribute '" + name.value() + "'");
        }
        t.setAttribute(name.value(), value);
    }

    /** {@code object.__setattr__} / {@code object.__delattr__}. */
    // CPython: Objects/object.c _PyObject_GenericSetAttrWithDict
    public static void genericSetattr(PyObject o, PyStr name, PyObject value) {
        PyType t = o.type();
        PyObject descr = t.lookup(name.value());
        if (descr != null && isDataDescriptor(descr)) {
            descrSet(descr, o, name, value);
            return;
        }
        if (o instanceof PyBaseException e) {
            if (value == null) {
                if (e.dict.remove(name.value()) == null) throw noAttribute(o, name);
            } else {
                e.dict.put(name.value(), value);
            }
            return;
        }
        PyDict d = instanceDict(o);
        if (d == null && o instanceof PyFunction f && value != null) d = f.dict = new PyDict();
        if (d == null) {
            if (descr == null) {
                throw Errors.attributeError("'" + t.name() + "' object has no attribute '" + name.value()
                        + "' and no __dict__ for setting new attributes");
            }
            throw Errors.attributeError("'" + t.name() + "' object attribute '" + name.value() + "' is read-only");
        }
        if (value == null) {
            if (d.remove(name) == null) throw noAttribute(o, name);
        } else {
            d.put(name, value);
        }
    }

    static void descrSet(PyObject descr, PyObject o, PyStr name, PyObject value) {
        if (descr instanceof PyGetSet gs) {
            if (gs.setter == null) {
                throw Errors.attributeError("attribute '" + name.value() + "' of '" + gs.owner.name() + "' objects is not writable");
            }
            gs.setter.set(o, value);
            return;
        }
        if (descr instanceof PyProperty p && !(descr instanceof Derived && !(descr.type().lookup(value == null ? "__delete__" : "__set__")
                instanceof PyBuiltinFunction))) {
            PyObject f = value == null ? p.fdel : p.fset;
            if (f == null) {
                throw Errors.attributeError("property " + propertyName(p) + "of '" + o.typeName() + "' object has no "
                        + (value == null ? "deleter" : "setter"));
            }
            if (value == null) call(f, new PyObject[] {o}, null);
            else call(f, new PyObject[] {o, value}, null);
            return;
        }
        PyType dt = descr.type();
        if (value == null) {
            PyObject del = dt.lookup("__delete__");
            if (del == null) throw Errors.attributeError("__delete__");
            callMethod(del, descr, o);
        } else {
            PyObject set = dt.lookup("__set__");
            if (set == null) throw Errors.attributeError("__set__");
            callMethod(set, descr, o, value);
        }
    }

    // ---- calling special methods

    /** Calls {@code descr}, found on the type of {@code self}, as a method of {@code self}. */
    public static PyObject callMethod(PyObject descr, PyObject self, PyObject... args) {
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        if (descr instanceof PyFunction) return Calls.call(descr, all, null);
        if (descr instanceof PyBuiltinFunction bf && bf.isDescriptor()) return bf.impl.call(all, null);
        return call(descrGet(descr, self, self.type()), args, null);
    }

    /** Looks {@code name} up on the type of {@code self} and calls it; null when the type has no such method. */
    public static PyObject callSpecial(PyObject self, String name, PyObject... args) {
        PyObject f = self.type().lookup(name);
        if (f == null) return null;
        return callMethod(f, self, args);
    }

    // ---- conversions to text and truth

    /** {@code repr(o)}. */
    public static PyStr repr(PyObject o) {
        if (o.getClass() == PyStr.class && o instanceof PyStr s) return PyStr.of(s.repr());
        if (o.getClass() == PyInt.class || o.getClass() == PyFloat.class || o instanceof PyBool || o == PyNone.NONE) return PyStr.of(o.repr());
        PyObject f = o.type().lookup("__repr__");
        ThreadState ts = ThreadState.enterRecursiveCall(" while getting the repr of an object");
        PyObject r;
        try {
            r = callMethod(f, o);
        } finally {
            ts.leaveRecursiveCall();
        }
        if (r instanceof PyStr s) return s;
        throw Errors.typeError("__repr__ returned non-string (type " + r.typeName() + ")");
    }

    /** {@code repr(o)} as a Java String. */
    public static String reprString(PyObject o) {
        return repr(o).value();
    }

    /** {@code str(o)}. */
    public static PyStr str(PyObject o) {
        if (o.getClass() == PyStr.class && o instanceof PyStr s) return s;
        if (o.getClass() == PyInt.class || o.getClass() == PyFloat.class || o instanceof PyBool || o == PyNone.NONE) return PyStr.of(o.repr());
        PyObject f = o.type().lookup("__str__");
        ThreadState ts = ThreadState.enterRecursiveCall(" while getting the str of an object");
        PyObject r;
        try {
            r = callMethod(f, o);
        } finally {
            ts.leaveRecursiveCall();
        }
        if (r instanceof PyStr s) return s;
        throw Errors.typeError("__str__ returned non-string (type " + r.typeName() + ")");
    }

    /** {@code format(o, spec)} (FORMAT_SIMPLE / FORMAT_WITH_SPEC). */
    // CPython: Objects/abstract.c PyObject_Format
    public static PyStr format(PyObject o, PyStr spec) {
        if (spec == null) spec = PyStr.of("");
        if (spec.value().isEmpty()) {
            if (o.getClass() == PyStr.class && o instanceof PyStr s) return s;
            if (o.getClass() == PyInt.class) return PyStr.of(o.repr());
        }
        if (o.getClass() == PyStr.class || o.getClass() == PyInt.class || o.getClass() == PyFloat.class || o instanceof PyBool) {
            return Formatter.format(o, spec.value());
        }
        PyObject f = o.type().lookup("__format__");
        if (f == null) throw Errors.typeError("Type " + o.typeName() + " doesn't define __format__");
        PyObject r = callMethod(f, o, spec);
        if (r instanceof PyStr s) return s;
        throw Errors.typeError("__format__ must return a str, not " + r.typeName());
    }

    /** {@code bool(o)}. */
    // CPython: Objects/object.c PyObject_IsTrue
    public static boolean isTrue(PyObject o) {
        if (o instanceof PyBool b) return b.value;
        if (o == PyNone.NONE) return false;
        if (o.getClass() == PyInt.class && o instanceof PyInt i) return i.signum() != 0;
        if (o.getClass() == PyStr.class && o instanceof PyStr s) return !s.value().isEmpty();
        if (o.getClass() == PyList.class && o instanceof PyList l) return !l.items.isEmpty();
        if (o.getClass() == PyTuple.class && o instanceof PyTuple t) return t.items.length != 0;
        if (o.getClass() == PyDict.class && o instanceof PyDict d) return d.size() != 0;
        if (o.getClass() == PyFloat.class && o instanceof PyFloat f) return f.value != 0.0;
        PyType t = o.type();
        if (!t.heap) {
            if (o instanceof PySet s) return s.size() != 0;
            if (o instanceof PyFrozenSet s) return s.size() != 0;
            if (o instanceof PyRange r) return !r.isEmpty();
            if (o instanceof PyBytes || o instanceof PyComplex) return dev.pyjama.objects.PyObjects.isTrue(o);
        }
        PyObject f = t.lookup("__bool__");
        if (f != null) {
            PyObject r = callMethod(f, o);
            if (r instanceof PyBool b) return b.value;
            throw Errors.typeError("__bool__ should return bool, returned " + r.typeName());
        }
        f = t.lookup("__len__");
        if (f != null) return lenResult(callMethod(f, o)) != 0;
        return true;
    }

    /** {@code not o}. */
    public static PyBool not(PyObject o) {
        return PyBool.of(!isTrue(o));
    }

    /** {@code hash(o)}. */
    // CPython: Objects/object.c PyObject_Hash
    public static long hash(PyObject o) {
        if (o.getClass() == PyStr.class || o.getClass() == PyInt.class || o instanceof PyBool || o.getClass() == PyFloat.class || o.getClass() == PyTuple.class
                || o.getClass() == PyBytes.class || o.getClass() == PyComplex.class || o.getClass() == PyFrozenSet.class || o == PyNone.NONE) {
            return PyHash.hash(o);
        }
        PyType t = o.type();
        PyObject f = t.lookup("__hash__");
        if (f == null || f == PyNone.NONE) throw Errors.typeError("unhashable type: '" + t.name() + "'");
        if (f == BuiltinTypes.OBJECT_HASH) return PyHash.pointerHash(o);
        PyObject r = callMethod(f, o);
        if (!(r instanceof PyInt) && !(r instanceof PyBool)) throw Errors.typeError("__hash__ method should return an integer");
        PyInt i = dev.pyjama.objects.PyObjects.asInt(r);
        if (i.fitsLong()) {
            long h = i.longValue();
            return h == -1 ? -2 : h;
        }
        return PyHash.hashInt(i);
    }

    // ---- operators

    /** A BINARY_OP: {@code op} is the oparg, an {@code NB_*} value (in-place forms included). */
    // CPython: Objects/abstract.c binary_op1, binary_iop1
    public static PyObject binaryOp(int op, PyObject a, PyObject b) {
        // The fast paths: two ints that fit in a long (null on overflow or a zero divisor: the
        // general path raises or goes to BigInteger), two floats for + - *.
        int nb = op >= NB_INPLACE ? op - NB_INPLACE : op;
        if (a.getClass() == PyInt.class && a instanceof PyInt x && b.getClass() == PyInt.class && b instanceof PyInt y && x.fitsLong() && y.fitsLong()) {
            PyObject r = NativeOps.longBinary(nb, x.longValue(), y.longValue());
            if (r != null) return r;
        } else if (a.getClass() == PyFloat.class && a instanceof PyFloat x && b.getClass() == PyFloat.class && b instanceof PyFloat y) {
            if (nb == NB_ADD) return PyFloat.of(x.value + y.value);
            if (nb == NB_SUBTRACT) return PyFloat.of(x.value - y.value);
            if (nb == NB_MULTIPLY) return PyFloat.of(x.value * y.value);
        }
        PyType ta = a.type(), tb = b.type();
        if (!ta.heap && !tb.heap) {
            PyObject r = op >= NB_INPLACE ? NativeOps.inplace(op - NB_INPLACE, a, b) : NativeOps.binary(op, a, b);
            if (r != null) return r;
        }
        if (op >= NB_INPLACE) {
            int base = op - NB_INPLACE;
            PyObject f = ta.lookup(NB_IDUNDER[base]);
            if (f != null) {
                PyObject r = callMethod(f, a, b);
                if (r != NI) return r;
            }
            PyObject r = binarySlots(base, a, b, ta, tb);
            if (r != NI) return r;
            throw binaryError(base, a, b, NB_SYMBOL[base] + "=");
        }
        PyObject r = binarySlots(op, a, b, ta, tb);
        if (r != NI) return r;
        throw binaryError(op, a, b, op == NB_POWER ? "** or pow()" : NB_SYMBOL[op]);
    }

    /** {@code a op b} through __op__ and __rop__ (the reflected one first for a subclass); NotImplemented when neither applies. */
    static PyObject binarySlots(int op, PyObject a, PyObject b, PyType ta, PyType tb) {
        PyObject fa = ta.lookup(NB_DUNDER[op]);
        PyObject fb = ta == tb ? null : tb.lookup(NB_RDUNDER[op]);
        // the built-in sequences' __add__/__mul__/__rmul__ are sq_concat/sq_repeat, not number
        // slots: they come after both operands' number methods (CPython: PyNumber_Add, PyNumber_Multiply)
        PyObject seqA = null;
        if (op == NB_ADD || op == NB_MULTIPLY) {
            if (NativeOps.isSequenceSlot(fa)) {
                seqA = fa;
                fa = null;
            }
            if (NativeOps.isSequenceSlot(fb)) fb = null;
        }
        if (fb != null && fa != null && tb.isSubtype(ta) && fb != ta.lookup(NB_RDUNDER[op])) {
            PyObject r = callMethod(fb, b, a);
            if (r != NI) return r;
            fb = null;
        }
        if (fa != null) {
            PyObject r = callMethod(fa, a, b);
            if (r != NI) return r;
        }
        if (fb != null) {
            PyObject r = callMethod(fb, b, a);
            if (r != NI) return r;
        }
        // sequence concatenation and repetition (sq_concat, sq_repeat)
        if (op == NB_ADD && seqA != null) return callMethod(seqA, a, b);
        if (op == NB_ADD || op == NB_MULTIPLY) {
            PyObject r = NativeOps.sequenceFallback(op, a, b);
            if (r != null) return r;
        }
        return NI;
    }

    static PyException binaryError(int op, PyObject a, PyObject b, String symbol) {
        if (op == NB_ADD) {
            if (a instanceof PyStr) return Errors.typeError("can only concatenate str (not \"" + b.typeName() + "\") to str");
            if (a instanceof PyList) return Errors.typeError("can only concatenate list (not \"" + b.typeName() + "\") to list");
            if (a instanceof PyTuple) return Errors.typeError("can only concatenate tuple (not \"" + b.typeName() + "\") to tuple");
            // CPython: Objects/bytesobject.c bytes_concat, Objects/bytearrayobject.c PyByteArray_Concat (sq_concat)
            if (a instanceof PyBytes || a instanceof dev.pyjama.objects.PyByteArray) return Errors.typeError("can't concat " + b.typeName() + " to " + a.typeName());
        }
        if (op == NB_MULTIPLY && (NativeOps.isSequence(a) || NativeOps.isSequence(b) || a instanceof dev.pyjama.objects.PyByteArray
                || b instanceof dev.pyjama.objects.PyByteArray)) {
            PyObject n = NativeOps.isSequence(a) || a instanceof dev.pyjama.objects.PyByteArray ? b : a;
            return Errors.typeError("can't multiply sequence by non-int of type '" + n.typeName() + "'");
        }
        if (op == NB_REMAINDER && a instanceof PyStr) {
            // unreachable: str % anything is handled by printf-style formatting
            return Errors.typeError("not all arguments converted during string formatting");
        }
        return Errors.typeError("unsupported operand type(s) for " + symbol + ": '" + a.typeName() + "' and '" + b.typeName() + "'");
    }

    /** The three-argument {@code pow(a, b, m)}. */
    public static PyObject ternaryPow(PyObject a, PyObject b, PyObject m) {
        if (m == PyNone.NONE) return binaryOp(NB_POWER, a, b);
        if (dev.pyjama.objects.PyObjects.isInt(a) && dev.pyjama.objects.PyObjects.isInt(b)
                && dev.pyjama.objects.PyObjects.isInt(m)) {
            return NativeOps.modPow(dev.pyjama.objects.PyObjects.asInt(a), dev.pyjama.objects.PyObjects.asInt(b),
                    dev.pyjama.objects.PyObjects.asInt(m));
        }
        PyObject f = a.type().lookup("__pow__");
        if (f != null && a.type().heap) {
            PyObject r = callMethod(f, a, b, m);
            if (r != NI) return r;
        }
        throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + a.typeName() + "', '" + b.typeName()
                + "', '" + m.typeName() + "'");
    }

    private static PyObject unary(PyObject o, String dunder, String symbol) {
        PyObject f = o.type().lookup(dunder);
        if (f != null) return callMethod(f, o);
        throw Errors.typeError("bad operand type for " + symbol + ": '" + o.typeName() + "'");
    }

    /** {@code -o}, {@code +o}, {@code ~o}. */
    public static PyObject negative(PyObject o) {
        if (o.getClass() == PyInt.class && o instanceof PyInt i) return IntMath.neg(i);
        if (o.getClass() == PyFloat.class && o instanceof PyFloat f) return PyFloat.of(-f.value);
        return unary(o, "__neg__", "unary -");
    }

    public static PyObject positive(PyObject o) {
        if (o.getClass() == PyInt.class || o.getClass() == PyFloat.class) return o;
        return unary(o, "__pos__", "unary +");
    }

    public static PyObject invert(PyObject o) {
        if (o.getClass() == PyInt.class && o instanceof PyInt i) return IntMath.invert(i);
        return unary(o, "__invert__", "unary ~");
    }

    /** {@code abs(o)}. */
    public static PyObject abs(PyObject o) {
        if (o.getClass() == PyInt.class && o instanceof PyInt i) return i.signum() < 0 ? IntMath.neg(i) : i;
        if (o.getClass() == PyFloat.class && o instanceof PyFloat f) return PyFloat.of(Math.abs(f.value));
        return unary(o, "__abs__", "abs()");
    }

    /** A rich comparison; {@code op} is CPython's Py_LT (0), Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE (5). */
    // CPython: Objects/object.c PyObject_RichCompare
    public static PyObject richCompare(PyObject a, PyObject b, int op) {
        ThreadState ts = ThreadState.enterRecursiveCall(" in comparison");
        try {
            return doRichCompare(a, b, op);
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    // CPython: Objects/object.c do_richcompare
    private static PyObject doRichCompare(PyObject a, PyObject b, int op) {
        PyType ta = a.type(), tb = b.type();
        if (!ta.heap && !tb.heap) {
            PyObject r = NativeOps.compare(op, a, b);
            if (r != null) return r;
        }
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtype(ta)) {
            PyObject f = tb.lookup(CMP_DUNDER[CMP_SWAPPED[op]]);
            if (f != null) {
                checkedReverse = true;
                PyObject r = callMethod(f, b, a);
                if (r != NI) return r;
            }
        }
        PyObject f = ta.lookup(CMP_DUNDER[op]);
        if (f != null) {
            PyObject r = callMethod(f, a, b);
            if (r != NI) return r;
        }
        if (!checkedReverse) {
            f = tb.lookup(CMP_DUNDER[CMP_SWAPPED[op]]);
            if (f != null) {
                PyObject r = callMethod(f, b, a);
                if (r != NI) return r;
            }
        }
        if (op == EQ) return PyBool.of(a == b);
        if (op == NE) return PyBool.of(a != b);
        throw Errors.typeError("'" + CMP_SYMBOL[op] + "' not supported between instances of '" + a.typeName() + "' and '"
                + b.typeName() + "'");
    }

    /** {@code bool(a op b)}, with the identity shortcut of PyObject_RichCompareBool for == and !=. */
    public static boolean richCompareBool(PyObject a, PyObject b, int op) {
        if (a == b) {
            if (op == EQ) return true;
            if (op == NE) return false;
        }
        if (a.getClass() == PyInt.class && a instanceof PyInt x && b.getClass() == PyInt.class && b instanceof PyInt y && x.fitsLong() && y.fitsLong()) {
            long p = x.longValue(), q = y.longValue();
            return NativeOps.cmpResult(op, Long.compare(p, q));
        }
        if (a.getClass() == PyStr.class && a instanceof PyStr x && b.getClass() == PyStr.class && b instanceof PyStr y && (op == EQ || op == NE)) {
            return x.equalsStr(y) == (op == EQ);
        }
        PyObject r = richCompare(a, b, op);
        if (r instanceof PyBool bb) return bb.value;
        return isTrue(r);
    }

    /** {@code a == b} as containers ask it (identity first). */
    public static boolean equal(PyObject a, PyObject b) {
        return a == b || richCompareBool(a, b, EQ);
    }

    /** {@code item in container}. */
    // CPython: Objects/abstract.c PySequence_Contains
    public static boolean contains(PyObject container, PyObject item) {
        PyType t = container.type();
        if (!t.heap) {
            int r = NativeOps.contains(container, item);
            if (r >= 0) return r == 1;
        }
        PyObject f = t.lookup("__contains__");
        if (f != null) return isTrue(callMethod(f, container, item));
        PyObject it;
        if (t.lookup("__iter__") == null && t.lookup("__getitem__") == null) {
            throw Errors.typeError("argument of type '" + t.name() + "' is not iterable");
        }
        it = iter(container);
        for (PyObject x = next(it); x != null; x = next(it)) {
            if (equal(x, item)) return true;
        }
        return false;
    }

    // ---- containers

    public static PyObject getitem(PyObject o, PyObject key) {
        if (o.getClass() == PyList.class && o instanceof PyList l && key instanceof PyInt i && i.fitsLong()) {
            long n = i.longValue(), size = l.items.size();
            if (n < 0) n += size;
            if (n < 0 || n >= size) throw Errors.indexError("list index out of range");
            return l.items.get((int) n);
        }
        PyType t = o.type();
        if (!t.heap) {
            PyObject r = NativeOps.getitem(o, key);
            if (r != null) return r;
        }
        PyObject f = t.lookup("__getitem__");
        if (f != null) {
            if (f instanceof PyFunction fn) AdaptiveInlining.getitem(t, fn);
            return callMethod(f, o, key);
        }
        if (o instanceof PyType tt) {
            // CPython: Objects/abstract.c PyObject_GetItem (type[int] is a GenericAlias)
            if (tt == PyType.TYPE) return GenericAliases.make(tt, key);
            PyObject cg = typeGetattr(tt, PyStr.of("__class_getitem__"), false);
            if (cg != null) return call(cg, new PyObject[] {key}, null);
            throw Errors.typeError("type '" + tt.name() + "' is not subscriptable");
        }
        throw Errors.typeError("'" + t.name() + "' object is not subscriptable");
    }

    public static void setitem(PyObject o, PyObject key, PyObject value) {
        if (o.getClass() == PyList.class && o instanceof PyList l && key instanceof PyInt i && i.fitsLong()) {
            long n = i.longValue(), size = l.items.size();
            if (n < 0) n += size;
            if (n < 0 || n >= size) throw Errors.indexError("list assignment index out of range");
            l.items.set((int) n, value);
            return;
        }
        if (o.getClass() == PyDict.class && o instanceof PyDict d) {
            d.put(key, value);
            return;
        }
        PyType t = o.type();
        if (!t.heap && NativeOps.setitem(o, key, value)) return;
        PyObject f = t.lookup("__setitem__");
        if (f != null) {
            callMethod(f, o, key, value);
            return;
        }
        throw Errors.typeError("'" + t.name() + "' object does not support item assignment");
    }

    public static void delitem(PyObject o, PyObject key) {
        PyType t = o.type();
        if (!t.heap && NativeOps.setitem(o, key, null)) return;
        PyObject f = t.lookup("__delitem__");
        if (f != null) {
            callMethod(f, o, key);
            return;
        }
        throw Errors.typeError("'" + t.name() + "' object does not support item deletion");
    }

    /** SET_ADD: {@code set.add(v)} on a set being built. */
    public static void setAdd(PyObject set, PyObject v) {
        ((PySet) set).table.add(v);
    }

    /**
     * SET_UPDATE: {@code set.update(iterable)}, as CPython does it (a set or frozenset is merged
     * table to table, so {@code {'a', 'b'}} iterates in the order of its frozenset constant).
     */
    public static void setUpdate(PyObject set, PyObject iterable) {
        SetMethods.update(((PySet) set).table, iterable);
    }

    /** {@code len(o)}. */
    public static long len(PyObject o) {
        if (o.getClass() == PyList.class && o instanceof PyList l) return l.items.size();
        if (o.getClass() == PyTuple.class && o instanceof PyTuple t) return t.items.length;
        if (o.getClass() == PyStr.class && o instanceof PyStr s) return s.length();
        if (o.getClass() == PyDict.class && o instanceof PyDict d) return d.size();
        PyType t = o.type();
        if (!t.heap) {
            if (o instanceof PySet s) return s.size();
            if (o instanceof PyFrozenSet s) return s.size();
            if (o instanceof PyBytes b) return b.value.length;
            if (o instanceof PyRange r) return RangeMethods.len(r);
            if (o instanceof PyDictView v) return v.dict.size();
        }
        PyObject f = t.lookup("__len__");
        if (f == null) throw Errors.typeError("object of type '" + t.name() + "' has no len()");
        return lenResult(callMethod(f, o));
    }

    private static long lenResult(PyObject r) {
        PyInt i = (PyInt) index(r);
        if (i.signum() < 0) throw Errors.valueError("__len__() should return >= 0");
        if (!i.fitsLong()) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer");
        return i.longValue();
    }

    /** {@code iter(o)}. */
    // CPython: Objects/abstract.c PyObject_GetIter
    public static PyObject iter(PyObject o) {
        // a Python subclass of a built-in iterator may define __iter__/__next__
        if (o instanceof PyIter && !o.type().heap) return o;
        if (o instanceof dev.pyjama.objects.PyGenerator g && g.kind == dev.pyjama.objects.PyGenerator.Kind.GENERATOR) return o; // gen.__iter__ is self
        PyType t = o.type();
        if (!t.heap) {
            PyObject r = Iterators.of(o);
            if (r != null) return r;
        }
        PyObject f = t.lookup("__iter__");
        if (f == PyNone.NONE) throw Errors.typeError("'" + t.name() + "' object is not iterable");
        if (f == null) {
            if (t.lookup("__getitem__") != null) return Iterators.sequence(o);
            throw Errors.typeError("'" + t.name() + "' object is not iterable");
        }
        PyObject r = callMethod(f, o);
        if (!(r instanceof PyIter) && r.type().lookup("__next__") == null) {
            throw Errors.typeError("iter() returned non-iterator of type '" + r.typeName() + "'");
        }
        return r;
    }

    /** {@code next(it)}, or null when the iterator is exhausted (no StopIteration is made). */
    public static PyObject next(PyObject it) {
        if (it instanceof PyIter i && !i.type().heap) return i.next();
        // a generator's __next__ (gen_iternext) without the method lookup, the call and the StopIteration
        if (it instanceof dev.pyjama.objects.PyGenerator g && g.kind == dev.pyjama.objects.PyGenerator.Kind.GENERATOR) return Generators.next(g);
        PyObject f = it.type().lookup("__next__");
        if (f == null) throw Errors.typeError("'" + it.typeName() + "' object is not an iterator");
        try {
            return callMethod(f, it);
        } catch (PyException e) {
            if (e.value().type().isSubtype(ExceptionTypes.STOP_ITERATION)) return null;
            throw e;
        }
    }

    // CPython: Objects/listobject.c list_extend_iter_lock_held (PySequence_List, PySequence_Tuple, PySequence_Fast)
    /** The items of an iterable, in order. */
    public static java.util.List<PyObject> toList(PyObject iterable) {
        if (iterable.getClass() == PyList.class && iterable instanceof PyList l) return new java.util.ArrayList<>(l.items);
        if (iterable.getClass() == PyTuple.class && iterable instanceof PyTuple t) return new java.util.ArrayList<>(java.util.Arrays.asList(t.items));
        if (iterable.getClass() == PySet.class || iterable.getClass() == PyFrozenSet.class) {
            // sorted(a_set), list(a_set): the table's keys in iteration order, no iterator
            return new java.util.ArrayList<>(java.util.Arrays.asList(NativeOps.table(iterable).items()));
        }
        PyObject it = iter(iterable);
        // CPython asks a class written in Python for a length hint (its __len__ or __length_hint__
        // runs, and a profiler sees it) before iterating; built-in types' hints run no Python code
        if (iterable.type().heap) dev.pyjama.modules.OperatorModule.lengthHint(iterable, 8);
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        for (PyObject x = next(it); x != null; x = next(it)) out.add(x);
        return out;
    }

    /**
     * The items of an iterable, in order, without a length hint: for the places where CPython
     * iterates itself (deque, array, fsum, prod, set operations) rather than calling
     * PySequence_List/Tuple/Fast.
     */
    public static java.util.List<PyObject> iterToList(PyObject iterable) {
        if (iterable.getClass() == PyList.class || iterable.getClass() == PyTuple.class || !iterable.type().heap) return toList(iterable);
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        PyObject it = iter(iterable);
        for (PyObject x = next(it); x != null; x = next(it)) out.add(x);
        return out;
    }

    /** The items of an iterable as an array (tuples give their own array: do not modify). */
    public static PyObject[] toArray(PyObject iterable) {
        if (iterable.getClass() == PyTuple.class && iterable instanceof PyTuple t) return t.items;
        return toList(iterable).toArray(new PyObject[0]);
    }

    /** PyNumber_Check: what defines __index__, __int__ or __float__, and complex numbers. */
    // CPython: Objects/abstract.c PyNumber_Check
    public static boolean isNumber(PyObject o) {
        PyType t = o.type();
        return t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null
                || t.isSubtype(dev.pyjama.objects.PyComplex.TYPE);
    }

    /** {@link #iterToList} as an array. */
    public static PyObject[] iterToArray(PyObject iterable) {
        if (iterable.getClass() == PyTuple.class && iterable instanceof PyTuple t) return t.items;
        return iterToList(iterable).toArray(new PyObject[0]);
    }

    /** {@code o.__index__()} as an int (for slices, sequence repetition, range...). */
    // CPython: Objects/abstract.c _PyNumber_Index
    public static PyObject index(PyObject o) {
        if (o.getClass() == PyInt.class) return o;
        if (o instanceof PyBool b) return PyInt.of(b.value ? 1 : 0);
        PyObject f = o.type().lookup("__index__");
        if (f == null) throw Errors.typeError("'" + o.typeName() + "' object cannot be interpreted as an integer");
        PyObject r = callMethod(f, o);
        if (r instanceof PyInt) return r;
        if (r instanceof PyBool b) return PyInt.of(b.value ? 1 : 0);
        throw Errors.typeError("__index__ returned non-int (type " + r.typeName() + ")");
    }

    /** {@code o.__index__()} as a Java long; OverflowError (or clamping when {@code err} is null) when it does not fit. */
    public static long asSsize(PyObject o, PyType err) {
        PyInt i = (PyInt) index(o);
        if (i.fitsLong()) return i.longValue();
        if (err == null) return i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        throw Errors.raise(err, "cannot fit '" + o.typeName() + "' into an index-sized integer");
    }

    /** The Java int of an index for a container; the given error (IndexError) when out of range. */
    static int seqIndex(PyObject key, int size, String what, String outOfRange) {
        long n;
        if (key instanceof PyInt i) {
            // CPython: Objects/listobject.c list_subscript: PyNumber_AsSsize_t(item, PyExc_IndexError)
            n = i.fitsLong() ? i.longValue() : asSsize(key, ExceptionTypes.INDEX_ERROR);
        } else if (key instanceof PyBool || key.type().lookup("__index__") != null) {
            n = asSsize(key, ExceptionTypes.INDEX_ERROR);
        } else {
            throw Errors.typeError(what + " indices must be integers or slices, not " + key.typeName());
        }
        if (n < 0) n += size;
        if (n < 0 || n >= size) throw Errors.indexError(outOfRange);
        return (int) n;
    }

    // ---- calls

    /**
     * {@code callable(*args)}: {@code args} holds the positional arguments, then the values of
     * the keyword arguments whose names are in {@code kwnames} (null when there are none), as
     * CPython's vectorcall passes them.
     */
    public static PyObject call(PyObject callable, PyObject[] args, PyTuple kwnames) {
        if (callable instanceof PyBuiltinFunction f) return f.call(args, kwnames);
        if (callable instanceof PyType t) return Types.callType(t, args, kwnames);
        if (callable instanceof PyFunction) return Calls.call(callable, args, kwnames);
        if (callable instanceof PyMethod m) {
            if (m.function instanceof PyFunction) return Calls.call(callable, args, kwnames);
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = m.self;
            System.arraycopy(args, 0, all, 1, args.length);
            return call(m.function, all, kwnames);
        }
        PyObject f = callable.type().lookup("__call__");
        if (f == null) throw Errors.typeError("'" + callable.typeName() + "' object is not callable");
        if (f instanceof PyFunction) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = callable;
            System.arraycopy(args, 0, all, 1, args.length);
            return Calls.call(f, all, kwnames);
        }
        return call(descrGet(f, callable, callable.type()), args, kwnames);
    }

    /** {@code callable(*args)} without keywords. */
    public static PyObject call(PyObject callable, PyObject... args) {
        return call(callable, args, null);
    }

    /** Whether {@code o} can be called. */
    public static boolean isCallable(PyObject o) {
        if (o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyType || o instanceof PyMethod) return true;
        return o.type().lookup("__call__") != null;
    }

    /** {@code isinstance(o, cls)} for a class (tuples and __instancecheck__ included). */
    // CPython: Objects/abstract.c object_recursive_isinstance
    public static boolean isInstance(PyObject o, PyObject cls) {
        if (cls instanceof PyType t) {
            if (o.type() == t) return true;
            if (t.type() == PyType.TYPE) return o.type().isSubtype(t) || claimsClass(o, t);
        }
        if (cls instanceof UnionTypes.Union u) return isInstance(o, u.args);
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.items) {
                if (isInstance(o, c)) return true;
            }
            return false;
        }
        PyObject f = cls.type().lookup("__instancecheck__");
        if (f != null && f != BuiltinTypes.TYPE_INSTANCECHECK) return isTrue(callMethod(f, cls, o));
        if (cls instanceof PyType t) return o.type().isSubtype(t) || claimsClass(o, t);
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /**
     * isinstance's second chance: an object whose type overrides {@code __class__} (a property, as
     * mock's autospec objects have) is an instance of what that returns. Only such types pay for the lookup.
     */
    // CPython: Objects/abstract.c object_isinstance (the inst.__class__ lookup when the type check fails)
    private static boolean claimsClass(PyObject o, PyType t) {
        PyObject d = o.type().lookup("__class__");
        if (d == null || d == PyType.OBJECT.lookup("__class__")) return false;
        PyObject c;
        try {
            c = getattr(o, PyStr.of("__class__"));
        } catch (PyException e) {
            if (e.value().type().isSubtype(ExceptionTypes.ATTRIBUTE_ERROR)) return false;
            throw e;
        }
        return c != o.type() && c instanceof PyType ct && ct.isSubtype(t);
    }

    /** {@code issubclass(c, cls)}. */
    // CPython: Objects/abstract.c object_issubclass
    public static boolean isSubclass(PyObject c, PyObject cls) {
        if (cls instanceof PyType t && t.type() == PyType.TYPE) {
            if (!(c instanceof PyType ct)) throw Errors.typeError("issubclass() arg 1 must be a class");
            return ct.isSubtype(t);
        }
        if (cls instanceof UnionTypes.Union u) return isSubclass(c, u.args);
        if (cls instanceof PyTuple tup) {
            for (PyObject x : tup.items) {
                if (isSubclass(c, x)) return true;
            }
            return false;
        }
        PyObject f = cls.type().lookup("__subclasscheck__");
        if (f != null && f != BuiltinTypes.TYPE_SUBCLASSCHECK) return isTrue(callMethod(f, cls, c));
        if (!(cls instanceof PyType t)) throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        if (!(c instanceof PyType ct)) throw Errors.typeError("issubclass() arg 1 must be a class");
        return ct.isSubtype(t);
    }

    /** The slice's (start, stop, step, length) for a sequence of {@code length} items. */
    // CPython: Objects/sliceobject.c PySlice_Unpack, PySlice_AdjustIndices
    public static long[] sliceIndices(PySlice s, long length) {
        long step = 1;
        if (s.step != PyNone.NONE) {
            step = sliceIndex(s.step);
            if (step == 0) throw Errors.valueError("slice step cannot be zero");
            if (step < -Long.MAX_VALUE) step = -Long.MAX_VALUE;
        }
        long start = s.start == PyNone.NONE ? (step < 0 ? Long.MAX_VALUE : 0) : sliceIndex(s.start);
        long stop = s.stop == PyNone.NONE ? (step < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : sliceIndex(s.stop);
        if (start < 0) {
            start += length;
            if (start < 0) start = step < 0 ? -1 : 0;
        } else if (start >= length) {
            start = step < 0 ? length - 1 : length;
        }
        if (stop < 0) {
            stop += length;
            if (stop < 0) stop = step < 0 ? -1 : 0;
        } else if (stop >= length) {
            stop = step < 0 ? length - 1 : length;
        }
        long n;
        if (step < 0) n = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        else n = start < stop ? (stop - start - 1) / step + 1 : 0;
        return new long[] {start, stop, step, n};
    }

    private static long sliceIndex(PyObject o) {
        if (o instanceof PyInt i) return IntMath.asSsize(i, null);
        if (o instanceof PyBool || o.type().lookup("__index__") != null) return asSsize(o, null);
        throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
    }
}
