package dev.pyjama.interp;

import static dev.pyjama.interp.BuiltinTypes.*;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyCell;
import dev.pyjama.objects.PyClassMethod;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyEllipsis;
import dev.pyjama.objects.PyFunction;
import dev.pyjama.objects.PyGetSet;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyIter;
import dev.pyjama.objects.PyMethod;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyNotImplemented;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyProperty;
import dev.pyjama.objects.PySlice;
import dev.pyjama.objects.PyStaticMethod;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PySuper;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;

/** The methods and attributes of the smaller built-in types: functions, methods, modules, range, slice, descriptors, iterators. */
// CPython: Objects/funcobject.c, classobject.c, methodobject.c, moduleobject.c, rangeobject.c, sliceobject.c, descrobject.c, typeobject.c (super)
final class MiscMethods {
    private MiscMethods() {}

    /** {@code enumerate(...)} called directly: its own argument checks and messages. */
    // CPython: Objects/enumobject.c enum_vectorcall, check_keyword
    private static PyObject enumerateCall(PyObject[] args, PyTuple kw) {
        int nkw = Args.nkw(kw), npos = args.length - 1 - nkw;
        if (npos + nkw == 2) {
            if (nkw == 1) {
                enumerateKeyword(kw, 0, "start");
            } else if (nkw == 2) {
                if (((PyStr) kw.items[0]).value().equals("start")) {
                    enumerateKeyword(kw, 1, "iterable");
                    return Iterators.enumerate(args[2], args[1]);
                }
                enumerateKeyword(kw, 0, "iterable");
                enumerateKeyword(kw, 1, "start");
            }
            return Iterators.enumerate(args[1], args[2]);
        }
        if (npos + nkw == 1) {
            if (nkw == 1) enumerateKeyword(kw, 0, "iterable");
            return Iterators.enumerate(args[1], PyInt.of(0));
        }
        if (npos == 0) throw Errors.typeError("enumerate() missing required argument 'iterable'");
        throw Errors.typeError("enumerate() takes at most 2 arguments (" + (npos + nkw) + " given)");
    }

    private static void enumerateKeyword(PyTuple kw, int i, String name) {
        String k = ((PyStr) kw.items[i]).value();
        if (!k.equals(name)) throw Errors.typeError("'" + k + "' is an invalid keyword argument for enumerate()");
    }

    static void install() {
        functions();
        descriptors();
        rangeAndSlice();
        iterators();
        singletons();
    }

    /** The annotations as a dict: MAKE_FUNCTION's tuple of name/value pairs becomes one on first use. */
    // CPython: Objects/funcobject.c func_get_annotation_dict
    static PyObject annotationDict(PyFunction fn) {
        if (fn.annotations != null && fn.annotations.getClass() == PyTuple.class) {
            PyObject[] pairs = ((PyTuple) fn.annotations).items;
            PyDict d = new PyDict();
            for (int i = 0; i + 1 < pairs.length; i += 2) d.put(pairs[i], pairs[i + 1]);
            fn.annotations = d;
        }
        return fn.annotations;
    }

    // CPython: Objects/funcobject.c cm_descr_get, sm_descr_get ("uninitialized ... object")
    static PyObject initialized(PyClassMethod cm) {
        if (cm.callable == null) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "uninitialized classmethod object");
        return cm.callable;
    }

    static PyObject initialized(PyStaticMethod sm) {
        if (sm.callable == null) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "uninitialized staticmethod object");
        return sm.callable;
    }

    private static PyObject nn(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private static void functions() {
        PyType f = PyFunction.TYPE;
        // CPython: Objects/funcobject.c func_new_impl (types.FunctionType(code, globals, name, argdefs, closure, kwdefaults))
        newMethod(f, (args, kw) -> {
            PyObject[] a = Args.parse("function", args, 1, kw, new String[] {"code", "globals", "name", "argdefs", "closure", "kwdefaults"}, 2, 6);
            if (!(a[0] instanceof dev.pyjama.code.PyCode code)) {
                throw Errors.typeError("function() argument 'code' must be code, not " + a[0].typeName());
            }
            if (!(a[1] instanceof PyDict globals)) throw Errors.typeError("function() argument 'globals' must be dict, not " + a[1].typeName());
            if (a[2] != null && a[2] != PyNone.NONE && !(a[2] instanceof PyStr)) throw Errors.typeError("arg 3 (name) must be None or string");
            if (a[3] != null && a[3] != PyNone.NONE && !(a[3] instanceof PyTuple)) throw Errors.typeError("arg 4 (defaults) must be None or tuple");
            if (a[5] != null && a[5] != PyNone.NONE && !(a[5] instanceof PyDict)) throw Errors.typeError("arg 6 (kwdefaults) must be None or dict");
            int nfree = code.freevars().length;
            PyTuple closure = a[4] instanceof PyTuple t ? t : null;
            if (a[4] != null && a[4] != PyNone.NONE && closure == null) throw Errors.typeError("arg 5 (closure) must be tuple");
            if (nfree > 0 && closure == null) throw Errors.typeError("arg 5 (closure) must be tuple");
            int nclosure = closure == null ? 0 : closure.items.length;
            if (nfree != nclosure) {
                throw Errors.valueError(code.name + " requires closure of length " + nfree + ", not " + nclosure);
            }
            for (int i = 0; i < nclosure; i++) {
                if (!(closure.items[i] instanceof PyCell)) {
                    throw Errors.typeError("arg 5 (closure) expected cell, found " + closure.items[i].typeName());
                }
            }
            PyObject b = globals.get(PyStr.of("__builtins__"));
            PyDict builtins = b instanceof PyModule mm ? mm.dict : b instanceof PyDict d ? d : Interpreter.current().builtins;
            PyFunction fn = new PyFunction(code, globals, builtins);
            if (a[2] instanceof PyStr n) fn.name = n.value();
            if (a[3] instanceof PyTuple t) fn.defaults = t;
            if (a[5] instanceof PyDict d) fn.kwdefaults = d;
            fn.closure = closure;
            return fn;
        });
        getset(f, "__name__", self -> PyStr.of(((PyFunction) self).name), (self, v) -> {
            if (!(v instanceof PyStr s)) throw Errors.typeError("__name__ must be set to a string object");
            ((PyFunction) self).name = s.value();
        });
        getset(f, "__qualname__", self -> PyStr.of(((PyFunction) self).qualname), (self, v) -> {
            if (!(v instanceof PyStr s)) throw Errors.typeError("__qualname__ must be set to a string object");
            ((PyFunction) self).qualname = s.value();
        });
        getset(f, "__doc__", self -> ((PyFunction) self).doc, (self, v) -> ((PyFunction) self).doc = nn(v));
        getset(f, "__module__", self -> ((PyFunction) self).module, (self, v) -> ((PyFunction) self).module = nn(v));
        getset(f, "__defaults__", self -> nn(((PyFunction) self).defaults), (self, v) -> {
            if (v != null && v != PyNone.NONE && !(v instanceof PyTuple)) throw Errors.typeError("__defaults__ must be set to a tuple object");
            ((PyFunction) self).defaults = v instanceof PyTuple t ? t : null;
        });
        getset(f, "__kwdefaults__", self -> nn(((PyFunction) self).kwdefaults), (self, v) -> {
            if (v != null && v != PyNone.NONE && !(v instanceof PyDict)) throw Errors.typeError("__kwdefaults__ must be set to a dict object");
            ((PyFunction) self).kwdefaults = v instanceof PyDict d ? d : null;
        });
        // CPython: Objects/funcobject.c func_set_code
        // (both audited: CPython: Objects/funcobject.c func_get_code)
        getset(f, "__code__", self -> {
            dev.pyjama.modules.Audit.fire("object.__getattr__", self, PyStr.of("__code__"));
            return (PyObject) (Object) codeObject((PyFunction) self);
        }, (self, v) -> {
            PyFunction fn = (PyFunction) self;
            if (!(v instanceof dev.pyjama.code.PyCode co)) throw Errors.typeError("__code__ must be set to a code object");
            dev.pyjama.modules.Audit.fire("object.__setattr__", self, PyStr.of("__code__"), v);
            int nfree = co.freevars().length, nclosure = fn.closure == null ? 0 : fn.closure.items.length;
            if (nfree != nclosure) {
                throw Errors.valueError(fn.name + "() requires a code object with " + nclosure + " free vars, not " + nfree);
            }
            fn.code = co;
        });
        getter(f, "__globals__", self -> ((PyFunction) self).globals);
        getter(f, "__builtins__", self -> nn(((PyFunction) self).builtins));
        getter(f, "__closure__", self -> nn(((PyFunction) self).closure));
        // CPython: Objects/funcobject.c function___annotations___get_impl, function___annotations___set_impl
        getset(f, "__annotations__", self -> {
            PyFunction fn = (PyFunction) self;
            if (fn.annotations == null || fn.annotations == PyNone.NONE) fn.annotations = new PyDict();
            return annotationDict(fn);
        }, (self, v) -> {
            if (v == PyNone.NONE) v = null;
            if (v != null && !(v instanceof PyDict)) throw Errors.typeError("__annotations__ must be set to a dict object");
            ((PyFunction) self).annotations = v;
        });
        getset(f, "__type_params__", self -> ((PyFunction) self).typeParams == null ? PyTuple.EMPTY : ((PyFunction) self).typeParams,
                (self, v) -> ((PyFunction) self).typeParams = v);
        f.dict.put("__dict__", new PyGetSet("__dict__", f, self -> {
            PyFunction fn = (PyFunction) self;
            if (fn.dict == null) fn.dict = new PyDict();
            return fn.dict;
        }, (self, v) -> {
            if (!(v instanceof PyDict d)) throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + (v == null ? "NoneType" : v.typeName()) + "'");
            ((PyFunction) self).dict = d;
        }));
        slot0(f, "__repr__", self -> PyStr.of(self.repr()));
        put(f, "__get__", (args, kw) -> {
            Args.checkPositional("__get__", args.length - 1, 1, 2);
            return args[1] == PyNone.NONE ? args[0] : new PyMethod(args[0], args[1]);
        });
        put(f, "__call__", (args, kw) -> {
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return Abstract.call(args[0], rest, kw);
        });

        PyType m = PyMethod.TYPE;
        // CPython: Objects/classobject.c method_new (types.MethodType(func, obj))
        newMethod(m, (args, kw) -> {
            Args.noKw("method", kw);
            Args.checkPositional("method", args.length - 1, 2, 2);
            if (!Abstract.isCallable(args[1])) throw Errors.typeError("first argument must be callable");
            if (args[2] == PyNone.NONE) throw Errors.typeError("instance must not be None");
            return new PyMethod(args[1], args[2]);
        });
        getter(m, "__func__", self -> ((PyMethod) self).function);
        getter(m, "__self__", self -> ((PyMethod) self).self);
        getter(m, "__name__", self -> Abstract.getattr(((PyMethod) self).function, PyStr.of("__name__")));
        getter(m, "__qualname__", self -> Abstract.getattr(((PyMethod) self).function, PyStr.of("__qualname__")));
        getter(m, "__doc__", self -> Abstract.getattr(((PyMethod) self).function, PyStr.of("__doc__")));
        slot0(m, "__repr__", self -> {
            PyMethod mm = (PyMethod) self;
            PyObject name = Abstract.lookupAttr(mm.function, PyStr.of("__qualname__"));
            if (name == null) name = Abstract.lookupAttr(mm.function, PyStr.of("__name__"));
            String n = name instanceof PyStr s ? s.value() : "?";
            return PyStr.of("<bound method " + n + " of " + Abstract.repr(mm.self).value() + ">");
        });
        slot1(m, "__eq__", (self, o) -> {
            if (!(o instanceof PyMethod b)) return ni();
            PyMethod a = (PyMethod) self;
            return bool(a.self == b.self && Abstract.equal(a.function, b.function));
        });
        slot0(m, "__hash__", self -> PyInt.of(hashPointer(((PyMethod) self).self) ^ Abstract.hash(((PyMethod) self).function)));
        put(m, "__call__", (args, kw) -> {
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return Abstract.call(args[0], rest, kw);
        });
        put(m, "__getattribute__", (args, kw) -> {
            PyMethod mm = (PyMethod) args[0];
            PyStr name = (PyStr) args[1];
            PyObject v = Abstract.genericGetattr(mm, name, false);
            return v != null ? v : Abstract.getattr(mm.function, name);
        });

        for (PyType bt : new PyType[] {PyBuiltinFunction.BUILTIN_FUNCTION_TYPE, PyBuiltinFunction.METHOD_DESCRIPTOR_TYPE,
                PyBuiltinFunction.WRAPPER_DESCRIPTOR_TYPE, PyBuiltinFunction.METHOD_WRAPPER_TYPE}) {
            getter(bt, "__name__", self -> PyStr.of(((PyBuiltinFunction) self).name));
            getter(bt, "__qualname__", self -> {
                // CPython: Objects/methodobject.c meth_get__qualname__ (a bound method names its
                // self's type, or self when it is a type), Objects/descrobject.c descr_get_qualname
                // and wrapper_qualname (a slot wrapper, bound or not, names the type defining it)
                PyBuiltinFunction b = (PyBuiltinFunction) self;
                if (b.wrapper && b.owner != null) return PyStr.of(b.owner.qualname + "." + b.name);
                if (b.staticOf != null) return PyStr.of(b.staticOf.qualname + "." + b.name);
                if (b.self instanceof PyType t) return PyStr.of(t.qualname + "." + b.name);
                if (b.self != null && !(b.self instanceof PyModule)) return PyStr.of(b.self.type().qualname + "." + b.name);
                if (b.owner != null) return PyStr.of(b.owner.qualname + "." + b.name);
                return PyStr.of(b.name);
            });
            // CPython: Objects/methodobject.c meth_get__doc__, meth_get__text_signature__ (data from CPython)
            getter(bt, "__doc__", self -> dev.pyjama.objects.BuiltinDocs.doc(dev.pyjama.objects.BuiltinDocs.of((PyBuiltinFunction) self)));
            getter(bt, "__text_signature__",
                    self -> dev.pyjama.objects.BuiltinDocs.signature(dev.pyjama.objects.BuiltinDocs.of((PyBuiltinFunction) self)));
            slot0(bt, "__repr__", self -> PyStr.of(self.repr()));
            put(bt, "__reduce__", (args, kw) -> {
                // CPython: Objects/methodobject.c meth_reduce, Objects/descrobject.c descr_reduce, wrapper_reduce
                Args.checkPositional("__reduce__", args.length - 1, 0, 0);
                PyBuiltinFunction b = (PyBuiltinFunction) args[0];
                PyObject self = b.staticOf != null ? b.staticOf : b.self != null ? b.self : b.owner;
                if (self == null || self instanceof PyModule && b.owner == null) return PyStr.of(b.name); // pickled by name
                PyObject getattr = Interpreter.current().builtins.get(PyStr.of("getattr"));
                return dev.pyjama.objects.PyTuple.of(getattr, dev.pyjama.objects.PyTuple.of(self, PyStr.of(b.name)));
            });
            put(bt, "__call__", (args, kw) -> {
                PyObject[] rest = new PyObject[args.length - 1];
                System.arraycopy(args, 1, rest, 0, rest.length);
                return Abstract.call(args[0], rest, kw);
            });
        }
        getter(PyBuiltinFunction.BUILTIN_FUNCTION_TYPE, "__self__", self -> nn(((PyBuiltinFunction) self).self));
        getter(PyBuiltinFunction.BUILTIN_FUNCTION_TYPE, "__module__", self -> {
            PyBuiltinFunction b = (PyBuiltinFunction) self;
            // CPython: Objects/methodobject.c meth_get__module__ (m_module: the module's name)
            if (b.self instanceof PyModule module) {
                PyObject name = module.dict.get(PyStr.of("__name__"));
                return name == null ? PyNone.NONE : name;
            }
            return b.self == null && b.owner == null && b.staticOf == null ? PyStr.of("builtins") : PyNone.NONE;
        });
        getter(PyBuiltinFunction.METHOD_WRAPPER_TYPE, "__self__", self -> nn(((PyBuiltinFunction) self).self));
        for (PyType bound : new PyType[] {PyBuiltinFunction.BUILTIN_FUNCTION_TYPE, PyBuiltinFunction.METHOD_WRAPPER_TYPE}) {
            // CPython: Objects/methodobject.c meth_richcompare, meth_hash (the same C function bound to the same object)
            slot1(bound, "__eq__", (self, o) -> {
                if (!(o instanceof PyBuiltinFunction b) || b.type() != self.type()) return ni();
                PyBuiltinFunction a = (PyBuiltinFunction) self;
                return bool(a == b || a.self == b.self && a.impl == b.impl && a.staticOf == b.staticOf && a.name.equals(b.name));
            });
            slot0(bound, "__hash__", self -> {
                PyBuiltinFunction a = (PyBuiltinFunction) self;
                return PyInt.of(hashPointer(a.self) ^ System.identityHashCode(a.impl));
            });
        }
        for (PyType dt : new PyType[] {PyBuiltinFunction.METHOD_DESCRIPTOR_TYPE, PyBuiltinFunction.WRAPPER_DESCRIPTOR_TYPE}) {
            getter(dt, "__objclass__", self -> ((PyBuiltinFunction) self).owner);
            put(dt, "__get__", (args, kw) -> {
                PyBuiltinFunction b = (PyBuiltinFunction) args[0];
                return args.length < 2 || args[1] == PyNone.NONE ? b : Abstract.descrGet(b, args[1], args[1].type());
            });
        }

        PyType mod = PyModule.TYPE;
        // CPython: Objects/moduleobject.c new_module (arguments are __init__'s), module___init___impl
        newMethod(mod, (args, kw) -> new PyModule());
        put(mod, "__init__", (args, kw) -> {
            PyObject[] a = Args.parse("module", args, 1, kw, new String[] {"name", "doc"}, 1, 2);
            PyObject name = a[0];
            if (!(name instanceof PyStr n)) throw Errors.typeError("module() argument 'name' must be str, not " + name.typeName());
            ((PyModule) args[0]).init(n, a[1] == null ? PyNone.NONE : a[1]);
            return PyNone.NONE;
        });
        mod.dict.put("__dict__", new PyGetSet("__dict__", mod, self -> ((PyModule) self).dict, null));
        slot0(mod, "__repr__", self -> PyStr.of(self.repr()));
        noargs(mod, "__dir__", self -> {
            java.util.List<PyObject> keys = ((PyModule) self).dict.keys();
            PyObject l = new dev.pyjama.objects.PyList(new java.util.ArrayList<>(keys));
            ListMethods.sort((dev.pyjama.objects.PyList) l, null, false);
            return l;
        });

        PyType c = PyCell.TYPE;
        getset(c, "cell_contents", self -> {
            PyObject v = ((PyCell) self).ref;
            if (v == null) throw Errors.valueError("Cell is empty");
            return v;
        }, (self, v) -> ((PyCell) self).ref = v);
    }

    private static Object codeObject(PyFunction f) {
        Object code = f.code;
        if (code instanceof PyObject) return code;
        throw Errors.attributeError("'function' object has no attribute '__code__'");
    }

    private static void descriptors() {
        for (PyType g : new PyType[] {PyGetSet.TYPE, PyGetSet.MEMBER_TYPE}) getsetMethods(g);
        properties();
    }

    private static void getsetMethods(PyType g) {
        put(g, "__get__", (args, kw) -> {
            PyGetSet gs = (PyGetSet) args[0];
            if (args.length < 2 || args[1] == PyNone.NONE) {
                // CPython: Objects/typeobject.c wrap_descr_get
                if (args.length == 2 || args.length > 2 && args[2] == PyNone.NONE) throw Errors.typeError("__get__(None, None) is invalid");
                return gs;
            }
            // CPython: Objects/descrobject.c descr_check (a getter never sees an object of another type)
            if (gs.owner != null && !args[1].type().isSubtype(gs.owner)) {
                throw Errors.typeError("descriptor '" + gs.name + "' for '" + gs.owner.name() + "' objects doesn't apply to a '"
                        + args[1].typeName() + "' object");
            }
            return gs.getter.get(args[1]);
        });
        put(g, "__set__", (args, kw) -> {
            Abstract.descrSet(args[0], args[1], PyStr.of(((PyGetSet) args[0]).name), args[2]);
            return PyNone.NONE;
        });
        put(g, "__delete__", (args, kw) -> {
            Abstract.descrSet(args[0], args[1], PyStr.of(((PyGetSet) args[0]).name), null);
            return PyNone.NONE;
        });
        getter(g, "__name__", self -> PyStr.of(((PyGetSet) self).name));
        getter(g, "__objclass__", self -> ((PyGetSet) self).owner);
        slot0(g, "__repr__", self -> PyStr.of(self.repr()));
    }

    private static void properties() {

        PyType p = PyProperty.TYPE;
        newMethod(p, (args, kw) -> new PyProperty());
        put(p, "__init__", (args, kw) -> {
            PyObject[] a = Args.parse("property", args, 1, kw, new String[] {"fget", "fset", "fdel", "doc"}, 0, 4);
            PyProperty pr = (PyProperty) args[0];
            pr.fget = a[0] == PyNone.NONE ? null : a[0];
            pr.fset = a[1] == PyNone.NONE ? null : a[1];
            pr.fdel = a[2] == PyNone.NONE ? null : a[2];
            if (a[3] != null && a[3] != PyNone.NONE) {
                pr.doc = a[3];
            } else if (pr.fget != null) {
                PyObject d = Abstract.lookupAttr(pr.fget, PyStr.of("__doc__"));
                pr.doc = d == null ? PyNone.NONE : d;
                pr.getterDoc = true;
            }
            return PyNone.NONE;
        });
        getter(p, "fget", self -> nn(((PyProperty) self).fget));
        getter(p, "fset", self -> nn(((PyProperty) self).fset));
        getter(p, "fdel", self -> nn(((PyProperty) self).fdel));
        getset(p, "__doc__", self -> ((PyProperty) self).doc, (self, v) -> ((PyProperty) self).doc = nn(v));
        // CPython: Objects/descrobject.c property_get___isabstractmethod__
        getter(p, "__isabstractmethod__", self -> {
            PyProperty pr = (PyProperty) self;
            for (PyObject f : new PyObject[] {pr.fget, pr.fset, pr.fdel}) {
                if (f == null) continue;
                PyObject v = Abstract.lookupAttr(f, PyStr.of("__isabstractmethod__"));
                if (v != null && Abstract.isTrue(v)) return bool(true);
            }
            return bool(false);
        });
        getter(p, "__name__", self -> {
            PyProperty pr = (PyProperty) self;
            if (pr.name != null) return pr.name;
            if (pr.fget != null) return Abstract.getattr(pr.fget, PyStr.of("__name__"));
            throw Errors.attributeError("'property' object has no attribute '__name__'");
        });
        put(p, "__set_name__", (args, kw) -> {
            ((PyProperty) args[0]).name = args[2];
            return PyNone.NONE;
        });
        for (String which : new String[] {"getter", "setter", "deleter"}) {
            onearg(p, which, (self, fn) -> {
                PyProperty old = (PyProperty) self;
                if (old.type() != PyProperty.TYPE) {
                    // CPython: Objects/descrobject.c property_copy calls type(old)(fget, fset, fdel, doc)
                    PyObject g = which.equals("getter") ? fn : nn(old.fget), st = which.equals("setter") ? fn : nn(old.fset),
                            dl = which.equals("deleter") ? fn : nn(old.fdel);
                    PyObject doc = old.getterDoc && which.equals("getter") ? PyNone.NONE : old.doc;
                    PyObject r = Abstract.call(old.type(), g, st, dl, doc);
                    if (r instanceof PyProperty rp && old.name != null) rp.name = old.name;
                    return r;
                }
                PyProperty np = new PyProperty();
                np.fget = old.fget;
                np.fset = old.fset;
                np.fdel = old.fdel;
                np.name = old.name;
                if (which.equals("getter")) np.fget = fn;
                else if (which.equals("setter")) np.fset = fn;
                else np.fdel = fn;
                np.doc = old.doc;
                if (old.getterDoc && which.equals("getter")) {
                    PyObject d = Abstract.lookupAttr(fn, PyStr.of("__doc__"));
                    np.doc = d == null ? PyNone.NONE : d;
                    np.getterDoc = true;
                }
                return np;
            });
        }
        put(p, "__get__", (args, kw) -> {
            PyObject obj = args.length > 1 ? args[1] : PyNone.NONE;
            return Abstract.descrGet(args[0], obj == PyNone.NONE ? null : obj, obj.type());
        });
        put(p, "__set__", (args, kw) -> {
            Abstract.descrSet(args[0], args[1], PyStr.of("?"), args[2]);
            return PyNone.NONE;
        });
        put(p, "__delete__", (args, kw) -> {
            Abstract.descrSet(args[0], args[1], PyStr.of("?"), null);
            return PyNone.NONE;
        });

        // CPython: Objects/funcobject.c cm_init, sm_init: __new__ is the generic one, __init__ takes the callable
        // (so subclasses such as abc.abstractclassmethod can call super().__init__(f))
        PyType cm = PyClassMethod.TYPE;
        newMethod(cm, (args, kw) -> new PyClassMethod(null));
        put(cm, "__init__", (args, kw) -> {
            Args.noKw("classmethod", kw);
            if (args.length != 2) throw Errors.typeError("classmethod expected 1 argument, got " + (args.length - 1));
            ((PyClassMethod) args[0]).callable = args[1];
            return PyNone.NONE;
        });
        getter(cm, "__func__", self -> nn(((PyClassMethod) self).callable));
        getter(cm, "__wrapped__", self -> nn(((PyClassMethod) self).callable));
        getter(cm, "__isabstractmethod__", self -> {
            PyObject f = ((PyClassMethod) self).callable;
            PyObject v = f == null ? null : Abstract.lookupAttr(f, PyStr.of("__isabstractmethod__"));
            return bool(v != null && Abstract.isTrue(v));
        });
        put(cm, "__get__", (args, kw) -> {
            PyObject type = args.length > 2 && args[2] != PyNone.NONE ? args[2] : args[1].type();
            return PyBuiltinFunction.classMethodGet(initialized((PyClassMethod) args[0]), type);
        });
        PyType sm = PyStaticMethod.TYPE;
        newMethod(sm, (args, kw) -> new PyStaticMethod(null));
        put(sm, "__init__", (args, kw) -> {
            Args.noKw("staticmethod", kw);
            if (args.length != 2) throw Errors.typeError("staticmethod expected 1 argument, got " + (args.length - 1));
            ((PyStaticMethod) args[0]).callable = args[1];
            return PyNone.NONE;
        });
        getter(sm, "__func__", self -> nn(((PyStaticMethod) self).callable));
        getter(sm, "__wrapped__", self -> nn(((PyStaticMethod) self).callable));
        getter(sm, "__isabstractmethod__", self -> {
            PyObject f = ((PyStaticMethod) self).callable;
            PyObject v = f == null ? null : Abstract.lookupAttr(f, PyStr.of("__isabstractmethod__"));
            return bool(v != null && Abstract.isTrue(v));
        });
        put(sm, "__get__", (args, kw) -> initialized((PyStaticMethod) args[0]));
        // CPython: Objects/funcobject.c sm_repr, cm_repr
        put(sm, "__repr__", (args, kw) -> PyStr.of(args[0].repr()));
        put(cm, "__repr__", (args, kw) -> PyStr.of(args[0].repr()));
        put(sm, "__call__", (args, kw) -> {
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return Abstract.call(((PyStaticMethod) args[0]).callable, rest, kw);
        });

        PyType su = PySuper.TYPE;
        newMethod(su, (args, kw) -> new PySuper());
        put(su, "__init__", (args, kw) -> {
            PySuper s = (PySuper) args[0];
            Args.noKw("super", kw);
            if (args.length == 1) args = superArgsFromFrame(s);
            if (!(args[1] instanceof PyType t)) {
                throw Errors.typeError("super() argument 1 must be a type, not " + args[1].typeName());
            }
            s.thisType = t;
            if (args.length > 2 && args[2] != PyNone.NONE) {
                PyObject obj = args[2];
                s.obj = obj;
                if (obj instanceof PyType ot && ot.isSubtype(t)) s.objType = ot;
                else if (obj.type().isSubtype(t)) s.objType = obj.type();
                else {
                    // CPython: Objects/typeobject.c supercheck
                    String what = obj instanceof PyType ot ? "type " + ot.name() : "instance of " + obj.type().name();
                    throw Errors.typeError("super(type, obj): obj (" + what + ") is not an instance or subtype of type ("
                            + t.name() + ").");
                }
            }
            return PyNone.NONE;
        });
        getter(su, "__thisclass__", self -> nn(((PySuper) self).thisType));
        getter(su, "__self__", self -> nn(((PySuper) self).obj));
        getter(su, "__self_class__", self -> nn(((PySuper) self).objType));
        slot0(su, "__repr__", self -> PyStr.of(self.repr()));
    }

    /**
     * {@code super()} called without arguments: the class is the calling function's
     * {@code __class__} cell, the object its first argument.
     */
    // CPython: Objects/typeobject.c super_init_without_args
    private static PyObject[] superArgsFromFrame(PySuper s) {
        dev.pyjama.objects.PyFrame f = ThreadState.current().frame;
        dev.pyjama.code.PyCode co = f == null ? null : f.code;
        if (co == null || co.argcount == 0) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "super(): no arguments");
        PyObject first = f.localsplus[0];
        if (first instanceof PyCell c && (co.localspluskinds[0] & dev.pyjama.code.PyCode.CO_FAST_CELL) != 0) first = c.ref;
        if (first == null) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "super(): arg[0] deleted");
        for (int i = 0; i < co.localsplusnames.length; i++) {
            if (!co.localsplusnames[i].equals("__class__") || (co.localspluskinds[i] & dev.pyjama.code.PyCode.CO_FAST_FREE) == 0) continue;
            PyObject cell = f.localsplus[i];
            PyObject cls = cell instanceof PyCell c ? c.ref : null;
            if (cls == null) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "super(): empty __class__ cell");
            if (!(cls instanceof PyType)) {
                throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "super(): __class__ is not a type (" + cls.typeName() + ")");
            }
            return new PyObject[] {s, cls, first};
        }
        throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "super(): __class__ cell not found");
    }

    /** {@code super(type, obj)} made by the eval loop for a zero-argument super(). */
    public static PySuper makeSuper(PyType t, PyObject obj) {
        PySuper s = new PySuper();
        Types.callWithSelf(PySuper.TYPE.dict.get("__init__"), s, new PyObject[] {t, obj}, null);
        return s;
    }

    private static void rangeAndSlice() {
        RangeMethods.install();

        PyType s = PySlice.TYPE;
        newMethod(s, (args, kw) -> {
            Args.noKw("slice", kw);
            int n = args.length - 1;
            Args.checkPositional("slice", n, 1, 3);
            if (n == 1) return new PySlice(PyNone.NONE, args[1], PyNone.NONE);
            return new PySlice(args[1], args[2], n == 3 ? args[3] : PyNone.NONE);
        });
        slot0(s, "__repr__", self -> {
            PySlice sl = (PySlice) self;
            return PyStr.of("slice(" + Abstract.repr(sl.start).value() + ", " + Abstract.repr(sl.stop).value() + ", "
                    + Abstract.repr(sl.step).value() + ")");
        });
        comparisons(s);
        s.dict.put("__hash__", PyNone.NONE);
        getter(s, "start", self -> ((PySlice) self).start);
        getter(s, "stop", self -> ((PySlice) self).stop);
        getter(s, "step", self -> ((PySlice) self).step);
        onearg(s, "indices", (self, len) -> {
            long n = Abstract.asSsize(len, ExceptionTypes.OVERFLOW_ERROR);
            if (n < 0) throw Errors.valueError("length should not be negative");
            long[] ix = Abstract.sliceIndices((PySlice) self, n);
            return PyTuple.of(PyInt.of(ix[0]), PyInt.of(ix[1]), PyInt.of(ix[2]));
        });
    }

    private static void iterators() {
        // Iterators' static initialiser adds enumerate, zip, map, filter and reversed to the
        // list: it must run before the loop, or those types get no __iter__/__next__.
        java.util.Objects.requireNonNull(Iterators.ENUMERATE);
        // CPython: the *_len functions of Objects/listobject.c, tupleobject.c, rangeobject.c, setobject.c, dictobject.c...
        for (PyType t : new PyType[] {PyIter.LIST_ITERATOR, PyIter.LIST_REVERSEITERATOR, PyIter.TUPLE_ITERATOR, PyIter.STR_ITERATOR,
            PyIter.STR_ASCII_ITERATOR, PyIter.BYTES_ITERATOR, PyIter.RANGE_ITERATOR, PyIter.SET_ITERATOR, PyIter.DICT_KEYITERATOR,
            PyIter.DICT_VALUEITERATOR, PyIter.DICT_ITEMITERATOR, PyIter.DICT_REVERSEKEYITERATOR, PyIter.DICT_REVERSEVALUEITERATOR,
            PyIter.DICT_REVERSEITEMITERATOR}) {
            slot0(t, "__length_hint__", self -> PyInt.of(Math.max(0, ((PyIter) self).lengthHint())));
        }
        IteratorReduce.install();
        for (PyType t : PyIter.ITERATOR_TYPES) {
            slot0(t, "__iter__", self -> self);
            slot0(t, "__next__", self -> {
                PyObject v = ((PyIter) self).next();
                if (v == null) throw Errors.raise(ExceptionTypes.STOP_ITERATION, null);
                return v;
            });
        }
        newMethod(Iterators.ENUMERATE, (args, kw) -> {
            if (args[0] == Iterators.ENUMERATE) return enumerateCall(args, kw);
            PyObject[] a = Args.parse("enumerate", args, 1, kw, new String[] {"iterable", "start"}, 1, 2);
            return Iterators.enumerate(a[0], a[1] == null ? PyInt.of(0) : a[1]);
        });
        newMethod(Iterators.ZIP, (args, kw) -> {
            int nkw = Args.nkw(kw);
            boolean strict = false;
            for (int i = 0; i < nkw; i++) {
                String k = ((PyStr) kw.items[i]).value();
                if (!k.equals("strict")) throw Errors.typeError("zip() got an unexpected keyword argument '" + k + "'");
                strict = Abstract.isTrue(args[args.length - nkw + i]);
            }
            PyObject[] its = new PyObject[args.length - 1 - nkw];
            System.arraycopy(args, 1, its, 0, its.length);
            return Iterators.zip(its, strict);
        });
        newMethod(Iterators.MAP, (args, kw) -> {
            Args.noKw("map", kw);
            if (args.length < 3) throw Errors.typeError("map() must have at least two arguments.");
            PyObject[] its = new PyObject[args.length - 2];
            System.arraycopy(args, 2, its, 0, its.length);
            return Iterators.map(args[1], its);
        });
        newMethod(Iterators.FILTER, (args, kw) -> {
            Args.noKw("filter", kw);
            Args.checkPositional("filter", args.length - 1, 2, 2);
            return Iterators.filter(args[1], args[2]);
        });
        newMethod(Iterators.REVERSED, (args, kw) -> {
            Args.noKw("reversed", kw);
            Args.checkPositional("reversed", args.length - 1, 1, 1);
            return Iterators.reversed(args[1]);
        });
    }

    private static void singletons() {
        PyType n = PyNone.TYPE;
        slot0(n, "__repr__", self -> PyStr.of("None"));
        slot0(n, "__bool__", self -> bool(false));
        newMethod(n, (args, kw) -> {
            if (args.length > 1 || Args.nkw(kw) > 0) throw Errors.typeError("NoneType takes no arguments");
            return PyNone.NONE;
        });
        slot0(PyNotImplemented.TYPE, "__repr__", self -> PyStr.of("NotImplemented"));
        slot0(PyEllipsis.TYPE, "__repr__", self -> PyStr.of("Ellipsis"));
        for (PyType t : new PyType[] {PyNone.TYPE, PyNotImplemented.TYPE, PyEllipsis.TYPE}) t.baseType = false;
        PyBool_noSubclass();
    }

    private static void PyBool_noSubclass() {
        dev.pyjama.objects.PyBool.TYPE.baseType = false;
        PyFunction.TYPE.baseType = false;
        PyMethod.TYPE.baseType = false;
        PyBuiltinFunction.BUILTIN_FUNCTION_TYPE.baseType = false;
        PyBuiltinFunction.METHOD_DESCRIPTOR_TYPE.baseType = false;
        PyBuiltinFunction.WRAPPER_DESCRIPTOR_TYPE.baseType = false;
        PyBuiltinFunction.METHOD_WRAPPER_TYPE.baseType = false;
        PySlice.TYPE.baseType = false;
        PyCell.TYPE.baseType = false;
        PyGetSet.TYPE.baseType = false;
        // CPython: these lack Py_TPFLAGS_BASETYPE ("type 'code' is not an acceptable base type")
        for (PyType t : new PyType[] {dev.pyjama.code.PyCode.TYPE, dev.pyjama.objects.PyGenerator.GENERATOR_TYPE,
                dev.pyjama.objects.PyGenerator.COROUTINE_TYPE, dev.pyjama.objects.PyGenerator.ASYNC_GENERATOR_TYPE,
                dev.pyjama.objects.PyTraceback.TYPE, dev.pyjama.objects.PyFrame.TYPE}) {
            t.baseType = false;
        }
    }
}
