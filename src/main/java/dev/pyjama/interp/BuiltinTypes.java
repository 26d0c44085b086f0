package dev.pyjama.interp;

import dev.pyjama.objects.Derived;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.ObjectProtocol;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyCell;
import dev.pyjama.objects.PyClassMethod;
import dev.pyjama.objects.PyComplex;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyDictView;
import dev.pyjama.objects.PyEllipsis;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyFrozenSet;
import dev.pyjama.objects.PyFunction;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fills the built-in types' dicts: their methods as {@link PyBuiltinFunction} method
 * descriptors, their special methods (so that Python subclasses and {@code int.__add__}
 * find them), and their computed attributes as {@link PyGetSet}s. {@link #init} runs once,
 * from the first use of {@link Abstract}.
 */
// CPython: Objects/typeobject.c slotdefs, the tp_methods / tp_getset tables of Objects/*.c
public final class BuiltinTypes {
    private BuiltinTypes() {}

    // Methods the protocol recognises by identity (their presence means "not overridden").
    static PyObject OBJECT_GETATTRIBUTE, OBJECT_SETATTR, OBJECT_DELATTR, OBJECT_HASH, OBJECT_NEW, OBJECT_INIT,
            OBJECT_INIT_SUBCLASS, TYPE_GETATTRIBUTE, TYPE_SETATTR, TYPE_DELATTR, TYPE_CALL, TYPE_INSTANCECHECK,
            TYPE_SUBCLASSCHECK;

    private static boolean done;

    /** Fills every built-in type (idempotent). */
    public static synchronized void init() {
        if (done) return;
        done = true;
        ObjectMethods.install();
        NumberMethods.install();
        StrMethods.install();
        ListMethods.install();
        DictMethods.install();
        SetMethods.install();
        ExceptionMethods.install();
        ExceptionFields.install();
        ExceptionGroups.install();
        UnicodeErrors.install();
        BytesMethods.install();
        MiscMethods.install();
        SimpleNamespaces.install();
        MappingProxies.install();
        FrameLocalsProxy.install();
        GenericAliases.install();
        Typing.install();
        UnionTypes.install();
        ObjectReduce.install();
        for (PyType t : allBuiltinTypes()) t.invalidateAll();
        ObjectProtocol.Installed.current = new ObjectProtocol() {
            @Override
            public long hash(PyObject o) {
                return Abstract.hash(o);
            }

            @Override
            public boolean equal(PyObject a, PyObject b) {
                return Abstract.richCompareBool(a, b, Abstract.EQ);
            }
        };
    }

    static List<PyType> allBuiltinTypes() {
        List<PyType> ts = new ArrayList<>(List.of(PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE,
                PyComplex.TYPE, PyStr.TYPE, PyBytes.TYPE, dev.pyjama.objects.PyByteArray.TYPE, PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE,
                PyFrozenSet.TYPE, PyNone.TYPE, PyEllipsis.TYPE, PyNotImplemented.TYPE, PyFunction.TYPE, PyMethod.TYPE,
                PyBuiltinFunction.BUILTIN_FUNCTION_TYPE, PyBuiltinFunction.METHOD_DESCRIPTOR_TYPE,
                PyBuiltinFunction.WRAPPER_DESCRIPTOR_TYPE, PyBuiltinFunction.METHOD_WRAPPER_TYPE, PyModule.TYPE,
                PyCell.TYPE, PyGetSet.TYPE, PyGetSet.MEMBER_TYPE, PyProperty.TYPE, PyClassMethod.TYPE, PyStaticMethod.TYPE, PySuper.TYPE,
                PyRange.TYPE, PySlice.TYPE, PyDictView.KEYS, PyDictView.VALUES, PyDictView.ITEMS,
                FrameLocalsProxy.TYPE, SimpleNamespaces.TYPE, UnionTypes.TYPE));
        ts.addAll(List.of(dev.pyjama.objects.PyGenericAlias.TYPE, dev.pyjama.objects.PyGenericAlias.TYPING_TYPE,
                dev.pyjama.objects.PyTypeAlias.TYPE, dev.pyjama.objects.PyTypeParam.TYPEVAR, dev.pyjama.objects.PyTypeParam.PARAMSPEC,
                dev.pyjama.objects.PyTypeParam.TYPEVARTUPLE, dev.pyjama.objects.PyTypeParam.NO_DEFAULT_TYPE, Typing.GENERIC));
        ts.addAll(PyIter.ITERATOR_TYPES);
        ts.addAll(ExceptionTypes.all().values());
        return ts;
    }

    // ---- defining methods

    /** A method taking only self. */
    @FunctionalInterface
    public interface F0 extends PyBuiltinFunction.Fast1 {
        @Override
        PyObject call(PyObject self);
    }

    /** A method taking self and one argument. */
    @FunctionalInterface
    public interface F1 extends PyBuiltinFunction.Fast2 {
        @Override
        PyObject call(PyObject self, PyObject a);
    }

    /** A method taking self and two arguments. */
    @FunctionalInterface
    public interface F2 {
        PyObject call(PyObject self, PyObject a, PyObject b);
    }

    /** A method taking self and its positional arguments (already counted). */
    @FunctionalInterface
    public interface FV {
        PyObject call(PyObject self, PyObject[] args);
    }

    public static PyBuiltinFunction put(PyType t, String name, PyBuiltinFunction.Impl impl) {
        // The descriptor check (descr_check) also here, for callers that run impl directly.
        boolean slot = isSlot(t, name);
        PyBuiltinFunction.Impl checked = (args, kw) -> {
            if (args.length - Args.nkw(kw) == 0) {
                // CPython: Objects/descrobject.c wrapperdescr_call, method_vectorcall_* (descr_check)
                if (slot) throw Errors.typeError("descriptor '" + name + "' of '" + t.name() + "' object needs an argument");
                throw Errors.typeError("unbound method " + t.name() + "." + name + "() needs an argument");
            }
            PyType at = args[0].type();
            if (at != t && !at.isSubtype(t)) {
                if (slot) {
                    throw Errors.typeError("descriptor '" + name + "' requires a '" + t.name() + "' object but received a '"
                            + at.name() + "'");
                }
                throw Errors.typeError("descriptor '" + name + "' for '" + t.name() + "' objects doesn't apply to a '"
                        + at.name() + "' object");
            }
            return impl.call(args, kw);
        };
        PyBuiltinFunction f = new PyBuiltinFunction(name, t, null, checked, slot);
        t.dict.put(name, f);
        return f;
    }

    /** The special methods CPython defines from a type's slots (slotdefs), as wrapper_descriptors. */
    // CPython: Objects/typeobject.c slotdefs
    private static final java.util.Set<String> SLOT_NAMES = java.util.Set.of("__abs__", "__add__", "__aiter__", "__and__",
            "__anext__", "__await__", "__bool__", "__buffer__", "__call__", "__contains__", "__del__", "__delattr__",
            "__delete__", "__delitem__", "__divmod__", "__eq__", "__float__", "__floordiv__", "__ge__", "__get__",
            "__getattribute__", "__getitem__", "__gt__", "__hash__", "__iadd__", "__iand__", "__ifloordiv__",
            "__ilshift__", "__imatmul__", "__imod__", "__imul__", "__index__", "__init__", "__int__", "__invert__",
            "__ior__", "__ipow__", "__irshift__", "__isub__", "__iter__", "__itruediv__", "__ixor__", "__le__",
            "__len__", "__lshift__", "__lt__", "__matmul__", "__mod__", "__mul__", "__ne__", "__neg__", "__next__",
            "__or__", "__pos__", "__pow__", "__radd__", "__rand__", "__rdivmod__", "__release_buffer__", "__repr__",
            "__rfloordiv__", "__rlshift__", "__rmatmul__", "__rmod__", "__rmul__", "__ror__", "__rpow__", "__rrshift__",
            "__rshift__", "__rsub__", "__rtruediv__", "__rxor__", "__set__", "__setattr__", "__setitem__", "__str__",
            "__sub__", "__truediv__", "__xor__");

    /** Whether {@code t.name} is a slot wrapper: a slot's name, unless the type's methods define it (METH_COEXIST). */
    static boolean isSlot(PyType t, String name) {
        if (!SLOT_NAMES.contains(name)) return false;
        // CPython: METH_COEXIST in dictobject.c, listobject.c, setobject.c
        String n = t.name();
        if (name.equals("__getitem__")) return !n.equals("dict") && !n.equals("list");
        if (name.equals("__contains__")) return !n.equals("dict") && !n.equals("set") && !n.equals("frozenset");
        return true;
    }

    /** METH_NOARGS: "list.copy() takes no arguments (1 given)". */
    public static PyBuiltinFunction noargs(PyType t, String name, F0 f) {
        String q = t.name() + "." + name;
        PyBuiltinFunction b = put(t, name, (args, kw) -> {
            Args.noKw(q, kw);
            if (args.length != 1) throw Errors.typeError(q + "() takes no arguments (" + (args.length - 1) + " given)");
            return f.call(args[0]);
        });
        b.fast1 = f;
        return b;
    }

    /** METH_O: "list.append() takes exactly one argument (0 given)". */
    public static PyBuiltinFunction onearg(PyType t, String name, F1 f) {
        String q = t.name() + "." + name;
        PyBuiltinFunction b = put(t, name, (args, kw) -> {
            Args.noKw(q, kw);
            if (args.length != 2) throw Errors.typeError(q + "() takes exactly one argument (" + (args.length - 1) + " given)");
            return f.call(args[0], args[1]);
        });
        b.fast2 = f;
        return b;
    }

    /** Clinic positional-only with a range: "pop expected at most 1 argument, got 2"; missing ones are null. */
    public static PyBuiltinFunction positional(PyType t, String name, int min, int max, FV f) {
        PyBuiltinFunction b = put(t, name, (args, kw) -> {
            Args.noKw(name, kw);
            Args.checkPositional(name, args.length - 1, min, max);
            PyObject[] a = new PyObject[max];
            System.arraycopy(args, 1, a, 0, args.length - 1);
            return f.call(args[0], a);
        });
        // the counts this method accepts, for BuiltinCalls (no count check, no copy)
        if (min == 0) b.fast1 = self -> f.call(self, new PyObject[max]);
        if (min <= 1 && max >= 1) {
            b.fast2 = (self, x) -> {
                PyObject[] a = new PyObject[max];
                a[0] = x;
                return f.call(self, a);
            };
        }
        if (min <= 2 && max >= 2) {
            b.fast3 = (self, x, y) -> {
                PyObject[] a = new PyObject[max];
                a[0] = x;
                a[1] = y;
                return f.call(self, a);
            };
        }
        return b;
    }

    /** A slot wrapper taking no arguments ({@code __repr__}, {@code __len__}, {@code __neg__}...). */
    public static PyBuiltinFunction slot0(PyType t, String name, F0 f) {
        return put(t, name, (args, kw) -> {
            Args.noKw(name, kw);
            if (args.length != 1) throw Errors.typeError("expected 0 arguments, got " + (args.length - 1));
            return f.call(args[0]);
        });
    }

    /** A slot wrapper taking one argument ({@code __add__}, {@code __eq__}, {@code __getitem__}...). */
    public static PyBuiltinFunction slot1(PyType t, String name, F1 f) {
        return put(t, name, (args, kw) -> {
            Args.noKw(name, kw);
            if (args.length != 2) throw Errors.typeError("expected 1 argument, got " + (args.length - 1));
            return f.call(args[0], args[1]);
        });
    }

    /** A slot wrapper taking two arguments ({@code __setitem__}, {@code __set__}...). */
    public static PyBuiltinFunction slot2(PyType t, String name, F2 f) {
        return put(t, name, (args, kw) -> {
            Args.noKw(name, kw);
            if (args.length != 3) throw Errors.typeError("expected 2 arguments, got " + (args.length - 1));
            return f.call(args[0], args[1], args[2]);
        });
    }

    /** A read-only computed attribute. */
    public static void getter(PyType t, String name, PyGetSet.Getter g) {
        t.dict.put(name, new PyGetSet(name, t, g, null));
    }

    public static void getset(PyType t, String name, PyGetSet.Getter g, PyGetSet.Setter s) {
        t.dict.put(name, new PyGetSet(name, t, g, s));
    }

    /** {@code __new__} of a built-in type: a builtin method bound to the type, taking (cls, *args). */
    public static void newMethod(PyType t, PyBuiltinFunction.Impl impl) {
        t.dict.put("__new__", new PyBuiltinFunction("__new__", t, t, (args, kw) -> {
            // args[0] is the owner type, args[1] the class to instantiate
            if (args.length < 2) throw Errors.typeError(t.name() + ".__new__(): not enough arguments");
            if (!(args[1] instanceof PyType cls)) {
                throw Errors.typeError(t.name() + ".__new__(X): X is not a type object (" + args[1].typeName() + ")");
            }
            if (!cls.isSubtype(t)) {
                throw Errors.typeError(t.name() + ".__new__(" + cls.name() + "): " + cls.name() + " is not a subtype of "
                        + t.name());
            }
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            PyObject r = impl.call(rest, kw);
            // a heap subclass of a built-in value type: the base's value in the subclass's layout
            return cls != t && cls.heap && r.type() == t ? Derived.wrap(r, cls) : r;
        }));
    }

    /** The {@code __dict__} attribute heap classes get. */
    public static PyGetSet instanceDictDescriptor(PyType owner) {
        return new PyGetSet("__dict__", owner, self -> {
            PyDict d = Abstract.instanceDict(self);
            if (d == null) throw Errors.attributeError("'" + self.typeName() + "' object has no attribute '__dict__'");
            return d;
        }, (self, value) -> {
            if (!(value instanceof PyDict d)) {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + (value == null ? "NoneType" : value.typeName()) + "'");
            }
            if (self instanceof PyInstance i) i.dict = d;
            else if (self instanceof Derived x) x.setDict(d);
        });
    }

    static void addNote(PyBaseException e, String note) {
        PyObject notes = e.dict.get("__notes__");
        PyList l;
        if (notes instanceof PyList existing) {
            l = existing;
        } else {
            l = new PyList(new ArrayList<>());
            e.dict.put("__notes__", l);
        }
        l.items.add(PyStr.of(note));
    }

    /** {@code int/float/str.__format__}: an empty spec gives {@code str(self)}, a subclass's __str__ included. */
    // CPython: Objects/longobject.c int___format___impl via _PyLong_FormatAdvancedWriter; Objects/floatobject.c float___format___impl
    static PyObject formatValue(PyObject self, String spec) {
        if (spec.isEmpty() && self instanceof Derived) return Abstract.str(self);
        return Formatter.format(self, spec);
    }

    public static PyObject bool(boolean b) {
        return PyBool.of(b);
    }

    static PyObject none() {
        return PyNone.NONE;
    }

    static PyObject ni() {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** Returns {@code r}, or NotImplemented when it is null. */
    static PyObject orNi(PyObject r) {
        return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
    }

    /** Installs {@code __lt__} ... {@code __ge__} on a built-in type through {@link NativeOps#compare}. */
    public static void comparisons(PyType t) {
        for (int op = 0; op < 6; op++) {
            int o = op;
            slot1(t, Abstract.CMP_DUNDER[op], (self, other) -> {
                if (other.type().heap && !other.type().isSubtype(t)) {
                    // a Python class: only the built-in comparison applies, which does not know it
                    return ni();
                }
                return orNi(NativeOps.compare(o, self, other));
            });
        }
    }

    /** Installs the binary operators of a built-in type, forward and reflected, through {@link NativeOps#binary}. */
    static void binaryOps(PyType t, int... ops) {
        for (int op : ops) {
            slot1(t, Abstract.NB_DUNDER[op], (self, other) -> orNi(NativeOps.binary(op, self, other)));
            slot1(t, Abstract.NB_RDUNDER[op], (self, other) -> orNi(NativeOps.binary(op, other, self)));
        }
    }

    /** A Java string argument, or TypeError "{what} must be str, not int" (None named "None"). */
    // CPython: Python/getargs.c _PyArg_BadArgument, converterr
    static String str(PyObject o, String what) {
        if (o instanceof PyStr s) return s.value();
        throw Errors.typeError(what + " must be str, not " + (o == PyNone.NONE ? "None" : o.typeName()));
    }

    static PyException keyError(PyObject key) {
        return NativeOps.keyError(key);
    }

    static String typeRepr(PyObject o) {
        return o.type().repr();
    }

    static void copyInto(Map<String, PyObject> from, PyType to) {
        to.dict.putAll(from);
    }

    static long hashPointer(PyObject o) {
        return PyHash.pointerHash(o);
    }
}
