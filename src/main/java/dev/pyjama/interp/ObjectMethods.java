package dev.pyjama.interp;

import static dev.pyjama.interp.BuiltinTypes.*;

import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyClassMethod;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyInstance;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The methods of {@code object} and {@code type}. */
// CPython: Objects/typeobject.c object_methods, object_getsets, type_methods, type_getsets
final class ObjectMethods {
    private ObjectMethods() {}

    static void install() {
        PyType o = PyType.OBJECT;
        newMethod(o, (args, kw) -> objectNew((PyType) args[0], args, kw));
        OBJECT_NEW = o.dict.get("__new__");
        OBJECT_INIT = put(o, "__init__", (args, kw) -> {
            PyType t = args[0].type();
            if (args.length > 1) {
                if (t.lookup("__init__") != OBJECT_INIT) {
                    throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
                }
                if (t.lookup("__new__") == OBJECT_NEW) {
                    throw Errors.typeError(t.name() + ".__init__() takes exactly one argument (the instance to initialize)");
                }
            }
            return PyNone.NONE;
        });
        OBJECT_GETATTRIBUTE = slot1(o, "__getattribute__", (self, name) -> {
            if (!(name instanceof PyStr s)) throw Errors.typeError("attribute name must be string, not '" + name.typeName() + "'");
            return Abstract.getattrBuiltin(self, s, true);
        });
        OBJECT_SETATTR = slot2(o, "__setattr__", (self, name, value) -> {
            if (!(name instanceof PyStr s)) throw Errors.typeError("attribute name must be string, not '" + name.typeName() + "'");
            Abstract.genericSetattr(self, s, value);
            return PyNone.NONE;
        });
        OBJECT_DELATTR = slot1(o, "__delattr__", (self, name) -> {
            if (!(name instanceof PyStr s)) throw Errors.typeError("attribute name must be string, not '" + name.typeName() + "'");
            Abstract.genericSetattr(self, s, null);
            return PyNone.NONE;
        });
        slot0(o, "__repr__", self -> PyStr.of(self instanceof PyInstance ? self.repr() : defaultRepr(self)));
        slot0(o, "__str__", self -> Abstract.repr(self));
        OBJECT_HASH = slot0(o, "__hash__", self -> dev.pyjama.objects.PyInt.of(hashPointer(self)));
        slot1(o, "__eq__", (self, other) -> self == other ? bool(true) : ni());
        slot1(o, "__ne__", (self, other) -> {
            PyObject eq = self.type().lookup("__eq__");
            if (eq == null) return ni();
            PyObject r = Abstract.callMethod(eq, self, other);
            if (r == ni()) return r;
            return bool(!Abstract.isTrue(r));
        });
        for (String cmp : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) slot1(o, cmp, (self, other) -> ni());
        onearg(o, "__format__", (self, spec) -> {
            String s = str(spec, "__format__() argument");
            if (!s.isEmpty()) {
                throw Errors.typeError("unsupported format string passed to " + self.typeName() + ".__format__");
            }
            return Abstract.str(self);
        });
        noargs(o, "__dir__", self -> dir(self));
        noargs(o, "__sizeof__", self -> dev.pyjama.objects.PyInt.of(16));
        PyBuiltinFunction isc = new PyBuiltinFunction("__init_subclass__", null, null, (args, kw) -> {
            if (Args.nkw(kw) > 0) throw Errors.typeError(((PyType) args[0]).qualname + ".__init_subclass__() takes no keyword arguments");
            if (args.length > 1) {
                throw Errors.typeError(((PyType) args[0]).qualname + ".__init_subclass__() takes no arguments (" + (args.length - 1) + " given)");
            }
            return PyNone.NONE;
        });
        OBJECT_INIT_SUBCLASS = new PyClassMethod(isc);
        o.dict.put("__init_subclass__", OBJECT_INIT_SUBCLASS);
        o.dict.put("__subclasshook__", new PyClassMethod(new PyBuiltinFunction("__subclasshook__", null, null,
                (args, kw) -> ni())));
        getset(o, "__class__", self -> self.type(), (self, value) -> setClass(self, value));
        o.dict.put("__doc__", PyStr.of("The base class of the class hierarchy.\n\n"
                + "When called, it accepts no arguments and returns a new featureless\n"
                + "instance that has no instance attributes and cannot be given any.\n"));

        installType();
    }

    static String defaultRepr(PyObject self) {
        PyType t = self.type();
        // CPython: Objects/typeobject.c object_repr, type_module (a static type's module is in its tp_name)
        PyObject module = !t.heap && t.builtinModule != null ? PyStr.of(t.builtinModule) : t.lookup("__module__");
        String prefix = module instanceof PyStr m && !m.value().equals("builtins") ? m.value() + "." : "";
        return "<" + prefix + t.qualname + " object at 0x" + dev.pyjama.objects.PyHash.addressHex(self) + ">";
    }

    // CPython: Objects/typeobject.c object_new
    static PyObject objectNew(PyType cls, PyObject[] args, dev.pyjama.objects.PyTuple kw) {
        boolean excess = args.length > 1;
        if (excess) {
            if (cls.lookup("__new__") != OBJECT_NEW) {
                throw Errors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (cls.lookup("__init__") == OBJECT_INIT) throw Errors.typeError(cls.name() + "() takes no arguments");
        }
        if (cls.instanceClass == PyBaseException.class) {
            throw Errors.typeError("object.__new__(" + cls.name() + ") is not safe, use BaseException.__new__()");
        }
        if (!cls.heap && cls != PyType.OBJECT) {
            throw Errors.typeError("object.__new__(" + cls.name() + ") is not safe, use " + cls.name() + ".__new__()");
        }
        if (cls.heap && cls.instanceClass != null && cls.instanceClass != PyInstance.class) {
            // a Python subclass of a built-in value type (CPython's tp_new_wrapper check)
            // CPython: Objects/typeobject.c tp_new_wrapper (staticbase: the first class whose __new__ is not Python code)
            for (PyType m : cls.mro()) {
                if (!m.heap || !(m.lookup("__new__") instanceof dev.pyjama.objects.PyStaticMethod sm
                        && sm.callable instanceof dev.pyjama.objects.PyFunction)) {
                    throw Errors.typeError("object.__new__(" + cls.name() + ") is not safe, use " + m.name() + ".__new__()");
                }
            }
        }
        PyObject abs = cls.heap ? cls.dict.get("__abstractmethods__") : null;
        if (abs != null && Abstract.isTrue(abs)) {
            List<String> names = new ArrayList<>();
            for (PyObject n : Abstract.toList(abs)) names.add(Abstract.str(n).value());
            java.util.Collections.sort(names);
            StringBuilder sb = new StringBuilder("Can't instantiate abstract class " + cls.name() + " without an implementation for abstract method");
            if (names.size() > 1) sb.append('s');
            for (int i = 0; i < names.size(); i++) sb.append(i == 0 ? " '" : ", '").append(names.get(i)).append('\'');
            throw Errors.typeError(sb.toString());
        }
        return Types.newInstance(cls);
    }

    // CPython: Objects/typeobject.c object_set_class (the common cases)
    private static void setClass(PyObject self, PyObject value) {
        if (value == null) throw Errors.typeError("can't delete __class__ attribute");
        if (!(value instanceof PyType t)) {
            throw Errors.typeError("__class__ must be set to a class, not '" + value.typeName() + "' object");
        }
        if (self instanceof PyInstance i && t.heap && t.instanceClass == PyInstance.class) {
            PyType old = self.type();
            if (old.heap && !sameLayout(old, t)) {
                throw Errors.typeError("__class__ assignment: '" + t.name() + "' object layout differs from '" + old.name() + "'");
            }
            i.setType(t);
            return;
        }
        if (self instanceof PyModule m && t.isSubtype(PyModule.TYPE)) {
            // CPython allows it between module and its subclasses (importlib.util.LazyLoader)
            m.setType(t);
            return;
        }
        if (self instanceof dev.pyjama.objects.Derived d && t.heap && t.instanceClass == self.type().instanceClass) {
            // both Python subclasses of the same built-in value type
            d.setType(t);
            return;
        }
        if (self instanceof PyBaseException e && t.heap == self.type().heap && t.isSubtype(dev.pyjama.objects.ExceptionTypes.BASE_EXCEPTION)) {
            e.setType(t);
            return;
        }
        throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
    }

    /**
     * Whether instances of two Python classes (both PyInstance) are laid out alike: the same
     * __slots__ cells under the same names, and both or neither with a __dict__ and __weakref__.
     */
    // CPython: Objects/typeobject.c compatible_for_assignment, same_slots_added
    private static boolean sameLayout(PyType a, PyType b) {
        return a.nslots == b.nslots && a.instanceDict == b.instanceDict && weakrefable(a) == weakrefable(b)
                && java.util.Arrays.equals(slotNames(a), slotNames(b));
    }

    private static String[] slotNames(PyType t) {
        String[] names = new String[t.nslots];
        for (PyType m : t.mro()) {
            for (PyObject v : m.dict.values()) {
                if (v instanceof dev.pyjama.objects.PyGetSet g && g.slotIndex >= 0 && g.slotIndex < names.length
                        && names[g.slotIndex] == null) {
                    names[g.slotIndex] = g.name;
                }
            }
        }
        return names;
    }

    /** A Python class's instances have __weakref__ unless every class in its MRO declares __slots__ without it. */
    private static boolean weakrefable(PyType t) {
        for (PyType m : t.mro()) {
            if (!m.heap) continue;
            PyObject slots = m.dict.get("__slots__");
            if (slots == null) return true;
            List<PyObject> names = slots instanceof dev.pyjama.objects.PyStr ? List.of(slots) : Abstract.toList(slots);
            for (PyObject n : names) if (n instanceof dev.pyjama.objects.PyStr s && s.value().equals("__weakref__")) return true;
        }
        return false;
    }

    /** {@code dir(o)}: the sorted names of its dict, its class's and their bases'. */
    // CPython: Objects/typeobject.c object___dir___impl, type___dir___impl
    static PyList dir(PyObject self) {
        TreeSet<String> names = new TreeSet<>(ObjectMethods::compareNames);
        if (self instanceof PyType t) {
            for (PyType m : t.mro()) names.addAll(m.dict.keySet());
        } else {
            PyDict d = Abstract.instanceDict(self);
            if (d != null) for (PyObject k : d.keys()) if (k instanceof PyStr s) names.add(s.value());
            if (self instanceof PyBaseException e) names.addAll(e.dict.keySet());
            for (PyType m : self.type().mro()) names.addAll(m.dict.keySet());
        }
        List<PyObject> out = new ArrayList<>();
        for (String n : names) out.add(PyStr.of(n));
        return new PyList(out);
    }

    static int compareNames(String a, String b) {
        return NativeOps.compareStr(PyStr.of(a), PyStr.of(b));
    }

    private static void installType() {
        PyType t = PyType.TYPE;
        TYPE_CALL = put(t, "__call__", (args, kw) -> {
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return Types.typeCall((PyType) args[0], rest, kw);
        });
        TYPE_GETATTRIBUTE = slot1(t, "__getattribute__", (self, name) -> {
            if (!(name instanceof PyStr s)) throw Errors.typeError("attribute name must be string, not '" + name.typeName() + "'");
            return Abstract.typeGetattr((PyType) self, s, true);
        });
        TYPE_SETATTR = slot2(t, "__setattr__", (self, name, value) -> {
            Abstract.typeSetattr((PyType) self, (PyStr) name, value);
            return PyNone.NONE;
        });
        TYPE_DELATTR = slot1(t, "__delattr__", (self, name) -> {
            Abstract.typeSetattr((PyType) self, (PyStr) name, null);
            return PyNone.NONE;
        });
        newMethod(t, (args, kw) -> {
            PyType meta = (PyType) args[0];
            int nkw = Args.nkw(kw);
            int npos = args.length - 1 - nkw;
            if (npos == 1 && nkw == 0 && meta == PyType.TYPE) return args[1].type();
            if (npos != 3) throw Errors.typeError("type.__new__() takes exactly 3 arguments (" + npos + " given)");
            if (!(args[1] instanceof PyStr name)) {
                throw Errors.typeError("type.__new__() argument 1 must be str, not " + args[1].typeName());
            }
            if (!(args[2] instanceof PyTuple bases)) {
                throw Errors.typeError("type.__new__() argument 2 must be tuple, not " + args[2].typeName());
            }
            if (!(args[3] instanceof PyDict ns)) {
                throw Errors.typeError("type.__new__() argument 3 must be dict, not " + args[3].typeName());
            }
            PyType winner = Types.calculateMetaclass(meta, bases);
            if (winner != meta) {
                PyObject wn = winner.lookup("__new__");
                if (wn != t.dict.get("__new__")) {
                    PyObject[] all = args.clone();
                    all[0] = winner;
                    return Abstract.call(wn instanceof dev.pyjama.objects.PyStaticMethod sm ? sm.callable : wn, all, kw);
                }
                meta = winner;
            }
            PyObject[] kwv = new PyObject[nkw];
            System.arraycopy(args, 4, kwv, 0, nkw);
            return Types.newType(meta, name.value(), bases, ns, kwv, kw);
        });
        put(t, "__init__", (args, kw) -> {
            int npos = args.length - 1 - Args.nkw(kw);
            if (npos != 1 && npos != 3) throw Errors.typeError("type.__init__() takes 1 or 3 arguments");
            if (npos == 1 && Args.nkw(kw) > 0) throw Errors.typeError("type.__init__() takes no keyword arguments");
            return PyNone.NONE;
        });
        slot0(t, "__repr__", self -> PyStr.of(self.repr()));
        noargs(t, "mro", self -> new PyList(new ArrayList<>(List.of(((PyType) self).mro()))));
        noargs(t, "__subclasses__", self -> new PyList(new ArrayList<>(((PyType) self).subclasses())));
        TYPE_INSTANCECHECK = onearg(t, "__instancecheck__", (self, inst) -> bool(inst.type().isSubtype((PyType) self)));
        TYPE_SUBCLASSCHECK = onearg(t, "__subclasscheck__", (self, c) -> {
            if (!(c instanceof PyType ct)) throw Errors.typeError("issubclass() arg 1 must be a class");
            return bool(ct.isSubtype((PyType) self));
        });
        t.dict.put("__prepare__", new PyClassMethod(new PyBuiltinFunction("__prepare__", null, null, (args, kw) -> new PyDict())));
        noargs(t, "__dir__", self -> dir(self));
        getset(t, "__name__", self -> {
            PyType ty = (PyType) self;
            return PyStr.of(ty.heap ? ty.name() : ty.qualname);
        }, (self, v) -> {
            PyType ty = (PyType) self;
            if (!ty.heap) throw Errors.typeError("cannot set '__name__' attribute of immutable type '" + ty.name() + "'");
            if (!(v instanceof PyStr s)) {
                throw Errors.typeError("can only assign string to " + ty.name() + ".__name__, not '" + (v == null ? "NoneType" : v.typeName()) + "'");
            }
            ty.setName(s.value());
        });
        getset(t, "__qualname__", self -> PyStr.of(((PyType) self).qualname), (self, v) -> {
            PyType ty = (PyType) self;
            if (!ty.heap) throw Errors.typeError("cannot set '__qualname__' attribute of immutable type '" + ty.name() + "'");
            if (!(v instanceof PyStr s)) {
                throw Errors.typeError("can only assign string to " + ty.name() + ".__qualname__, not '" + (v == null ? "NoneType" : v.typeName()) + "'");
            }
            ty.qualname = s.value();
        });
        getset(t, "__module__", self -> {
            PyType ty = (PyType) self;
            if (!ty.heap && ty.builtinModule != null) return PyStr.of(ty.builtinModule);
            PyObject m = ty.dict.get("__module__");
            // type's own dict holds this very descriptor under the name: a static type's
            // module is a string there or else builtins
            if (m != null && (ty.heap || m instanceof PyStr)) return m;
            if (!ty.heap) return PyStr.of("builtins");
            throw Errors.attributeError("__module__");
        }, (self, v) -> ((PyType) self).setAttribute("__module__", v));
        getset(t, "__doc__", self -> {
            PyType ty = (PyType) self;
            // CPython: Objects/typeobject.c type_get_doc (a static type's tp_doc: data from CPython)
            String[] rec = ty.heap ? null : dev.pyjama.objects.BuiltinDocs.ofType(ty);
            if (rec != null) return dev.pyjama.objects.BuiltinDocs.doc(rec);
            PyObject d = ty.dict.get("__doc__");
            if (d == null) return PyNone.NONE;
            return Abstract.descrGet(d, null, ty);
        }, (self, v) -> {
            PyType ty = (PyType) self;
            if (!ty.heap) throw Errors.typeError("cannot set '__doc__' attribute of immutable type '" + ty.name() + "'");
            ty.setAttribute("__doc__", v);
        });
        // CPython: Objects/typeobject.c type_get_text_signature
        getter(t, "__text_signature__", self -> ((PyType) self).heap ? PyNone.NONE
                : dev.pyjama.objects.BuiltinDocs.signature(dev.pyjama.objects.BuiltinDocs.ofType((PyType) self)));
        getter(t, "__mro__", self -> PyTuple.of(((PyType) self).mro()));
        getset(t, "__bases__", self -> {
            PyType ty = (PyType) self;
            return ty == PyType.OBJECT ? PyTuple.EMPTY : PyTuple.of(ty.bases().clone());
        }, (self, v) -> Types.setBases((PyType) self, v));
        getter(t, "__base__", self -> {
            PyType b = ((PyType) self) == PyType.OBJECT ? null : ((PyType) self).base();
            return b == null ? PyNone.NONE : b;
        });
        getter(t, "__dict__", self -> {
            PyDict d = new PyDict();
            for (Map.Entry<String, PyObject> e : new LinkedHashMap<>(((PyType) self).dict).entrySet()) {
                d.put(PyStr.of(e.getKey()), e.getValue());
            }
            return new MappingProxies.Proxy(d);
        });
        getter(t, "__flags__", self -> dev.pyjama.objects.PyInt.of(TypeFlags.of((PyType) self)));
        getset(t, "__abstractmethods__", self -> {
            PyObject a = ((PyType) self).dict.get("__abstractmethods__");
            if (a == null) throw Errors.attributeError("__abstractmethods__");
            return a;
        }, (self, v) -> ((PyType) self).setAttribute("__abstractmethods__", v));
        getset(t, "__annotations__", self -> {
            PyType ty = (PyType) self;
            PyObject a = ty.dict.get("__annotations__");
            if (a == null) {
                if (!ty.heap) throw Errors.attributeError("type object '" + ty.name() + "' has no attribute '__annotations__'");
                a = new PyDict();
                ty.setAttribute("__annotations__", a);
            }
            return a;
        }, (self, v) -> ((PyType) self).setAttribute("__annotations__", v));
        getter(t, "__type_params__", self -> {
            PyObject a = ((PyType) self).dict.get("__type_params__");
            return a == null ? PyTuple.EMPTY : a;
        });
    }
}
