package dev.pyjama.interp;

import static dev.pyjama.code.Opcode.*;

import dev.pyjama.code.Opcode;
import dev.pyjama.code.PyCode;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyCell;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyFunction;
import dev.pyjama.objects.PyGenerator;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyMethod;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PySet;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The out-of-line work of the eval loop's opcodes, one small static method each, so that the
 * dispatch method stays small and each helper can be inlined where it is hot.
 */
// CPython: Python/bytecodes.c, Python/ceval.c (the helpers the instructions call)
final class EvalHelpers {
    private EvalHelpers() {}

    static final int GENERATOR_FLAGS = PyCode.CO_GENERATOR | PyCode.CO_COROUTINE | PyCode.CO_ASYNC_GENERATOR;

    // ---- errors

    static PyException recursionError() {
        return Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
    }

    static PyException badOpcode(int op) {
        return Errors.systemError("unknown opcode " + op + " (" + Opcode.name(op) + ")");
    }

    /** A NameError that knows the name ({@code .name}, for the traceback's suggestions). */
    // CPython: Python/ceval.c _PyEval_FormatExcCheckArg
    static PyException nameError(PyType type, String format, String name) {
        PyBaseException e = PyBaseException.of(type, String.format(format, name));
        e.dict.put("name", PyStr.of(name));
        return new PyException(e);
    }

    static PyException nameError(PyStr name) {
        return nameError(ExceptionTypes.NAME_ERROR, "name '%s' is not defined", name.value());
    }

    // CPython: Python/ceval.c _PyEval_FormatExcUnbound
    static PyException unboundLocal(PyCode co, int index) {
        return nameError(ExceptionTypes.UNBOUND_LOCAL_ERROR,
                "cannot access local variable '%s' where it is not associated with a value", co.localsplusnames[index]);
    }

    static PyException unboundDeref(PyCode co, int index) {
        if ((co.localspluskinds[index] & PyCode.CO_FAST_FREE) == 0) return unboundLocal(co, index);
        return nameError(ExceptionTypes.NAME_ERROR,
                "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                co.localsplusnames[index]);
    }

    static void deleteDeref(PyCode co, PyObject[] l, int index) {
        PyCell c = (PyCell) l[index];
        if (c.ref == null) throw unboundDeref(co, index);
        c.ref = null;
    }

    // ---- names

    static PyObject loadGlobal(PyFrame f, PyStr name) {
        PyObject v = f.globals.get(name);
        if (v == null) {
            v = f.builtins.get(name);
            if (v == null) throw nameError(name);
        }
        return v;
    }

    /** {@code mapping[key]}, or null when it raises KeyError. */
    static PyObject mappingGet(PyObject mapping, PyObject key) {
        // an exact dict directly; a subclass (enum's _EnumDict from __prepare__) through its __getitem__
        if (mapping instanceof PyDict d && mapping.getClass() == PyDict.class) return d.get(key);
        try {
            return Abstract.getitem(mapping, key);
        } catch (PyException e) {
            if (e.value().type().isSubtype(ExceptionTypes.KEY_ERROR)) return null;
            throw e;
        }
    }

    // CPython: Python/bytecodes.c LOAD_NAME (_PyEval_LoadName)
    static PyObject loadName(PyFrame f, PyStr name) {
        if (f.locals == null) throw Errors.systemError("no locals found when loading '" + name.value() + "'");
        PyObject v = mappingGet(f.locals, name);
        if (v != null) return v;
        v = f.globals.get(name);
        if (v != null) return v;
        v = f.builtins.get(name);
        if (v != null) return v;
        throw nameError(name);
    }

    static void storeName(PyFrame f, PyStr name, PyObject v) {
        if (f.locals == null) throw Errors.systemError("no locals found when storing '" + name.value() + "'");
        // CPython: Python/bytecodes.c STORE_NAME (PyDict_CheckExact, else PyObject_SetItem)
        if (f.locals instanceof PyDict d && f.locals.getClass() == PyDict.class) d.put(name, v);
        else Abstract.setitem(f.locals, name, v);
    }

    static void deleteName(PyFrame f, PyStr name) {
        if (f.locals == null) throw Errors.systemError("no locals when deleting '" + name.value() + "'");
        if (f.locals instanceof PyDict d && f.locals.getClass() == PyDict.class) {
            if (d.remove(name) == null) throw nameError(name);
            return;
        }
        try {
            Abstract.delitem(f.locals, name);
        } catch (PyException e) {
            if (e.value().type().isSubtype(ExceptionTypes.KEY_ERROR)) throw nameError(name);
            throw e;
        }
    }

    static void deleteGlobal(PyFrame f, PyStr name) {
        if (f.globals.remove(name) == null) throw nameError(name);
    }

    static void copyFreeVars(PyFrame f, int n) {
        if (f.function == null) return; // exec(code, closure=cells) placed the cells already
        PyObject[] cells = f.function.closure.items;
        System.arraycopy(cells, 0, f.localsplus, f.stackBase() - n, n);
    }

    static PyObject loadFromDictOrDeref(PyFrame f, PyObject mapping, int index) {
        PyObject v = mappingGet(mapping, PyStr.of(f.code.localsplusnames[index]));
        if (v != null) return v;
        v = ((PyCell) f.localsplus[index]).ref;
        if (v == null) throw unboundDeref(f.code, index);
        return v;
    }

    static PyObject loadFromDictOrGlobals(PyFrame f, PyObject mapping, PyStr name) {
        PyObject v = mappingGet(mapping, name);
        if (v != null) return v;
        v = f.globals.get(name);
        if (v != null) return v;
        v = f.builtins.get(name);
        if (v != null) return v;
        throw nameError(name);
    }

    static PyObject loadLocals(PyFrame f) {
        if (f.locals == null) throw Errors.systemError("no locals found");
        return f.locals;
    }

    private static final PyStr BUILD_CLASS = PyStr.of("__build_class__");
    private static final PyStr ANNOTATIONS = PyStr.of("__annotations__");

    static PyObject loadBuildClass(PyFrame f) {
        PyObject bc = f.builtins.get(BUILD_CLASS);
        if (bc == null) throw Errors.nameError("__build_class__ not found");
        return bc;
    }

    static void setupAnnotations(PyFrame f) {
        if (f.locals == null) throw Errors.systemError("no locals found when setting up annotations");
        if (mappingGet(f.locals, ANNOTATIONS) == null) storeName(f, ANNOTATIONS, new PyDict());
    }

    // ---- attributes

    static int loadAttr(PyObject[] s, int sp, PyStr name, boolean method) {
        PyObject owner = s[sp - 1];
        if (owner instanceof dev.pyjama.objects.PyModule m && m.type() == dev.pyjama.objects.PyModule.TYPE) {
            // LOAD_ATTR_MODULE: a plain module's own attribute needs no descriptor protocol (a subclass may hook lookups)
            PyObject v = m.dict.get(name);
            if (v != null) {
                s[sp - 1] = v;
                if (method) s[sp++] = null;
                return sp;
            }
        }
        if (!method) {
            s[sp - 1] = Abstract.getattr(owner, name);
            return sp;
        }
        PyObject[] self = new PyObject[1];
        s[sp - 1] = Abstract.getMethod(owner, name, self);
        s[sp] = self[0];
        return sp + 1;
    }

    /** The builtin {@code super}, for the zero-argument form's shortcut. Set by the Interpreter. */
    static volatile PyObject builtinSuper;

    // CPython: Python/bytecodes.c _LOAD_SUPER_ATTR (and LOAD_SUPER_ATTR_ATTR's shortcut for the builtin super)
    static int loadSuperAttr(PyObject[] s, int sp, PyStr name, int oparg) {
        PyObject attr = superLookup(s, sp, name, oparg);
        return loadSuperAttr(s, sp, name, oparg, attr != null ? null : callSuper(s, sp, oparg), attr);
    }

    /**
     * The zero-argument {@code super().name} of the built-in super: the attribute found after
     * the class in the object's MRO, bound as super_getattro binds it, without making the super
     * object; null when anything is unusual (the general path then makes it, and raises).
     */
    // CPython: Python/bytecodes.c LOAD_SUPER_ATTR_ATTR / LOAD_SUPER_ATTR_METHOD (_PySuper_Lookup)
    private static PyObject superLookup(PyObject[] s, int sp, PyStr name, int oparg) {
        PyObject self = s[sp - 1];
        if ((oparg & 2) == 0 || s[sp - 3] != builtinSuper || !(s[sp - 2] instanceof PyType t) || self == PyNone.NONE) return null;
        PyType objType = self instanceof PyType ot && ot.isSubtype(t) ? ot : self.type().isSubtype(t) ? self.type() : null;
        if (objType == null || name.value().equals("__class__")) return null;
        PyType[] mro = objType.mro();
        int i = 0;
        while (i < mro.length && mro[i] != t) i++;
        for (i++; i < mro.length; i++) {
            PyObject v = mro[i].dict.get(name.value());
            if (v != null) return Abstract.descrGet(v, self == objType ? null : self, objType);
        }
        return null;
    }

    /** LOAD_SUPER_ATTR's call of {@code super} (the global, usually the builtin). */
    static PyObject callSuper(PyObject[] s, int sp, int oparg) {
        PyObject globalSuper = s[sp - 3], cls = s[sp - 2], self = s[sp - 1];
        PyObject[] args = (oparg & 2) != 0 || globalSuper == builtinSuper
                ? new PyObject[] {cls, self} : new PyObject[0];
        return Calls.call(globalSuper, args, null);
    }

    /** LOAD_SUPER_ATTR once {@code super(...)} made {@code sup}: the attribute, replacing the three inputs. */
    static int loadSuperAttr(PyObject[] s, int sp, PyStr name, int oparg, PyObject sup) {
        return loadSuperAttr(s, sp, name, oparg, sup, null);
    }

    /** LOAD_SUPER_ATTR's result: {@code found} when the attribute is already known, else looked up on {@code sup}. */
    private static int loadSuperAttr(PyObject[] s, int sp, PyStr name, int oparg, PyObject sup, PyObject found) {
        PyObject attr = found != null ? found : Abstract.getattr(sup, name);
        s[sp - 3] = attr;
        s[sp - 2] = null;
        s[sp - 1] = null;
        return (oparg & 1) != 0 ? sp - 1 : sp - 2;
    }

    /** A special method looked up on the type and bound to {@code obj}, or null. */
    // CPython: Objects/typeobject.c _PyObject_LookupSpecial
    static PyObject lookupSpecial(PyObject obj, String name) {
        PyObject d = obj.type().lookup(name);
        if (d == null) return null;
        return bind(d, obj);
    }

    /** What a descriptor found on the type gives for {@code obj}. */
    static PyObject bind(PyObject d, PyObject obj) {
        if (d instanceof PyFunction) return new PyMethod(d, obj);
        if (d instanceof PyBuiltinFunction b) return b.isDescriptor() ? b.bind(obj) : b;
        PyObject get = d.type().lookup("__get__");
        if (get == null) return d;
        return Calls.call(get, new PyObject[] {d, obj, obj.type()}, null);
    }

    /** {@code obj.name(args...)}. */
    static PyObject callMethod(PyObject obj, String name, PyObject... args) {
        return Calls.call(Abstract.getattr(obj, PyStr.of(name)), args, null);
    }

    // ---- operators, with fast paths for small ints

    // CPython: Python/bytecodes.c COMPARE_OP (oparg >> 5 is the comparison, bit 4 asks for a bool)
    static PyObject compareOp(int oparg, PyObject a, PyObject b) {
        int cmp = oparg >> 5;
        if (a.getClass() == PyInt.class && a instanceof PyInt x && b.getClass() == PyInt.class && b instanceof PyInt y && x.fitsLong() && y.fitsLong()) {
            long p = x.longValue(), q = y.longValue();
            switch (cmp) {
                case CMP_LT: return PyBool.of(p < q);
                case CMP_LE: return PyBool.of(p <= q);
                case CMP_EQ: return PyBool.of(p == q);
                case CMP_NE: return PyBool.of(p != q);
                case CMP_GT: return PyBool.of(p > q);
                default: return PyBool.of(p >= q);
            }
        }
        PyObject r = Abstract.richCompare(a, b, cmp);
        if ((oparg & 16) != 0 && !(r instanceof PyBool)) r = PyBool.of(Abstract.isTrue(r));
        return r;
    }

    // ---- iteration

    static PyObject getIter(PyObject o) {
        if (o instanceof PyGenerator g && g.kind == PyGenerator.Kind.GENERATOR) return g;
        return Abstract.iter(o);
    }

    /** The next item, or null at the end. */
    static PyObject next(PyObject it) {
        if (it instanceof PyGenerator g && g.kind == PyGenerator.Kind.GENERATOR) return Generators.next(g);
        return Abstract.next(it);
    }

    /**
     * FOR_ITER's next item, or null at the end. A StopIteration that a {@code __next__}
     * written in Python raises is the RAISE event at the FOR_ITER ({@code frame.lasti}); an
     * exception a callback raises there is dropped with it, as CPython clears the error.
     */
    // CPython: Python/bytecodes.c _FOR_ITER / INSTRUMENTED_FOR_ITER: _PyEval_MonitorRaise(tstate, frame, this_instr)
    static PyObject forIter(PyObject it) {
        if (it instanceof PyGenerator g && g.kind == PyGenerator.Kind.GENERATOR) {
            if (dev.pyjama.monitor.Monitoring.globalVersion == 0) return Generators.next(g);
            return generatorItem(g);
        }
        if (it instanceof dev.pyjama.objects.PyIter || dev.pyjama.monitor.Monitoring.globalVersion == 0) return Abstract.next(it);
        PyObject f = it.type().lookup("__next__");
        if (f == null) return Abstract.next(it); // raises the TypeError
        try {
            return Abstract.callMethod(f, it);
        } catch (PyException e) {
            if (!e.value().type().isSubtype(ExceptionTypes.STOP_ITERATION)) throw e;
            PyFrame frame = ThreadState.current().frame;
            // what a callback raises instead is discarded with the StopIteration (_PyErr_Clear)
            Instrumented.exceptionEvent(frame, frame.lasti, dev.pyjama.monitor.MonitoringEvents.RAISE, e.value());
            return null;
        }
    }

    /**
     * The generic FOR_ITER over a generator while monitoring may be on: a generator that
     * returns a value other than None leaves StopIteration(value) set (gen_iternext), which
     * FOR_ITER reports as a RAISE event at itself before clearing it.
     */
    // CPython: Objects/genobject.c gen_iternext (_PyGen_SetStopIterationValue), Python/bytecodes.c _FOR_ITER
    private static PyObject generatorItem(PyGenerator g) {
        boolean[] returned = new boolean[1];
        PyObject v = Generators.sendEx(g, null, null, false, returned);
        if (!returned[0]) return v;
        if (v != null && v != PyNone.NONE) {
            PyBaseException stop = Generators.stopIteration(v).value();
            PyFrame frame = ThreadState.current().frame;
            // what a callback raises instead is discarded with the StopIteration (_PyErr_Clear)
            Instrumented.exceptionEvent(frame, frame.lasti, dev.pyjama.monitor.MonitoringEvents.RAISE, stop);
        }
        return null;
    }

    // ---- stack and containers

    static int drop(PyObject[] s, int sp, int n) {
        for (int i = 0; i < n; i++) s[--sp] = null;
        return sp;
    }

    static int binarySlice(PyObject[] s, int sp) {
        PyObject slice = new dev.pyjama.objects.PySlice(s[sp - 2], s[sp - 1], PyNone.NONE);
        PyObject v = Abstract.getitem(s[sp - 3], slice);
        sp = drop(s, sp, 2);
        s[sp - 1] = v;
        return sp;
    }

    static int storeSlice(PyObject[] s, int sp) {
        PyObject slice = new dev.pyjama.objects.PySlice(s[sp - 2], s[sp - 1], PyNone.NONE);
        Abstract.setitem(s[sp - 3], slice, s[sp - 4]);
        return drop(s, sp, 4);
    }

    static int buildSlice(PyObject[] s, int sp, int n) {
        PyObject step = n == 3 ? s[sp - 1] : PyNone.NONE;
        PyObject slice = new dev.pyjama.objects.PySlice(s[sp - n], s[sp - n + 1], step);
        sp = drop(s, sp, n - 1);
        s[sp - 1] = slice;
        return sp;
    }

    static int buildTuple(PyObject[] s, int sp, int n) {
        PyObject t = n == 0 ? PyTuple.EMPTY : new PyTuple(Arrays.copyOfRange(s, sp - n, sp));
        sp = drop(s, sp, n);
        s[sp++] = t;
        return sp;
    }

    static int buildList(PyObject[] s, int sp, int n) {
        // one ArrayList of the right size, filled from the stack (a subList copy made two arrays)
        ArrayList<PyObject> items = n == 0 ? new ArrayList<>() : new ArrayList<>(n);
        for (int i = sp - n; i < sp; i++) {
            items.add(s[i]);
            s[i] = null;
        }
        sp -= n;
        s[sp++] = new PyList(items);
        return sp;
    }

    static int buildSet(PyObject[] s, int sp, int n) {
        PyObject set = PySet.of();
        for (int i = sp - n; i < sp; i++) setAdd(set, s[i]);
        sp = drop(s, sp, n);
        s[sp++] = set;
        return sp;
    }

    static int buildMap(PyObject[] s, int sp, int n) {
        PyDict d = new PyDict();
        for (int i = sp - 2 * n; i < sp; i += 2) d.put(s[i], s[i + 1]);
        sp = drop(s, sp, 2 * n);
        s[sp++] = d;
        return sp;
    }

    static int buildConstKeyMap(PyObject[] s, int sp, int n) {
        PyObject[] keys = ((PyTuple) s[sp - 1]).items;
        PyDict d = new PyDict();
        for (int i = 0; i < n; i++) d.put(keys[i], s[sp - 1 - n + i]);
        sp = drop(s, sp, n + 1);
        s[sp++] = d;
        return sp;
    }

    static int buildString(PyObject[] s, int sp, int n) {
        PyStr out = PyStr.join(s, sp - n, sp, null);
        sp = drop(s, sp, n);
        s[sp++] = out;
        return sp;
    }

    static void listAppend(PyObject list, PyObject v) {
        ((PyList) list).items.add(v);
    }

    static void setAdd(PyObject set, PyObject v) {
        Abstract.setAdd(set, v);
    }

    static void mapAdd(PyObject dict, PyObject k, PyObject v) {
        ((PyDict) dict).put(k, v);
    }

    // CPython: Python/bytecodes.c LIST_EXTEND
    static void listExtend(PyObject list, PyObject iterable) {
        try {
            ((PyList) list).items.addAll(Abstract.toList(iterable));
        } catch (PyException e) {
            if (e.value().type().isSubtype(ExceptionTypes.TYPE_ERROR) && !isIterable(iterable)) {
                throw Errors.typeError("Value after * must be an iterable, not " + iterable.typeName());
            }
            throw e;
        }
    }

    static boolean isIterable(PyObject o) {
        PyType t = o.type();
        return t.lookup("__iter__") != null || t.lookup("__getitem__") != null || o instanceof PyTuple
                || o instanceof PyList || o instanceof PyStr || o instanceof PyDict || o instanceof PyGenerator;
    }

    // Set to set merges keep CPython's table order (set_merge), not one add at a time.
    static void setUpdate(PyObject set, PyObject iterable) {
        Abstract.setUpdate(set, iterable);
    }

    // CPython: Python/bytecodes.c DICT_UPDATE
    static void dictUpdate(PyObject dict, PyObject update) {
        PyDict d = (PyDict) dict;
        if (DictMethods.mergesAsDict(update) && update instanceof PyDict u) {
            for (PyObject k : u.keys()) d.put(k, u.get(k));
            return;
        }
        PyObject keys;
        try {
            keys = Abstract.getattr(update, PyStr.of("keys"));
        } catch (PyException e) {
            if (e.value().type().isSubtype(ExceptionTypes.ATTRIBUTE_ERROR)) {
                throw Errors.typeError("'" + update.typeName() + "' object is not a mapping");
            }
            throw e;
        }
        for (PyObject k : Abstract.toList(Calls.call(keys, new PyObject[0], null))) d.put(k, Abstract.getitem(update, k));
    }

    // CPython: Python/bytecodes.c DICT_MERGE, Python/ceval.c _PyEval_FormatKwargsError
    static void dictMerge(PyObject callable, PyObject dict, PyObject update) {
        PyDict d = (PyDict) dict;
        List<PyObject> keys;
        boolean asDict = DictMethods.mergesAsDict(update);
        if (asDict && update instanceof PyDict u) {
            keys = u.keys();
        } else {
            PyObject keysMethod = Abstract.lookupAttr(update, PyStr.of("keys"));
            if (keysMethod == null) {
                throw Errors.typeError(Calls.functionStr(callable) + " argument after ** must be a mapping, not "
                        + update.typeName());
            }
            keys = Abstract.toList(Calls.call(keysMethod, new PyObject[0], null));
        }
        for (PyObject k : keys) {
            if (d.containsKey(k)) {
                if (!(k instanceof PyStr)) throw Errors.typeError("keywords must be strings");
                throw Errors.typeError(Calls.functionStr(callable) + " got multiple values for keyword argument '"
                        + ((PyStr) k).value() + "'");
            }
            d.put(k, asDict ? ((PyDict) update).get(k) : Abstract.getitem(update, k));
        }
    }

    // CPython: Python/ceval.c _PyEval_UnpackIterable
    static int unpackSequence(PyObject[] s, int sp, int n) {
        PyObject v = s[sp - 1];
        PyObject[] items;
        if (v.getClass() == PyTuple.class && v instanceof PyTuple t && t.items.length == n) {
            items = t.items;
        } else if (v.getClass() == PyList.class && v instanceof PyList l && l.items.size() == n) {
            // straight from the list, without copying it (CPython: UNPACK_SEQUENCE_LIST)
            java.util.List<PyObject> li = l.items;
            sp--;
            for (int i = n - 1; i >= 0; i--) s[sp++] = li.get(i);
            return sp;
        } else {
            items = unpackIterable(v, n, -1).toArray(new PyObject[0]);
        }
        sp--;
        for (int i = n - 1; i >= 0; i--) s[sp++] = items[i];
        return sp;
    }

    static int unpackEx(PyObject[] s, int sp, int oparg) {
        int before = oparg & 0xff, after = oparg >> 8;
        PyObject v = s[sp - 1];
        List<PyObject> items = unpackIterable(v, before, after);
        // items: the first `before`, then one list of the rest, then the last `after`
        sp--;
        for (int i = items.size() - 1; i >= 0; i--) s[sp++] = items.get(i);
        return sp;
    }

    private static List<PyObject> unpackIterable(PyObject v, int argcnt, int argcntafter) {
        PyObject it;
        try {
            it = getIter(v);
        } catch (PyException e) {
            if (e.value().type().isSubtype(ExceptionTypes.TYPE_ERROR) && !isIterable(v)) {
                throw Errors.typeError("cannot unpack non-iterable " + v.typeName() + " object");
            }
            throw e;
        }
        List<PyObject> out = new ArrayList<>();
        for (int i = 0; i < argcnt; i++) {
            PyObject w = next(it);
            if (w == null) {
                if (argcntafter == -1) {
                    throw Errors.valueError("not enough values to unpack (expected " + argcnt + ", got " + i + ")");
                }
                throw Errors.valueError("not enough values to unpack (expected at least " + (argcnt + argcntafter)
                        + ", got " + i + ")");
            }
            out.add(w);
        }
        if (argcntafter == -1) {
            if (next(it) != null) throw Errors.valueError("too many values to unpack (expected " + argcnt + ")");
            return out;
        }
        List<PyObject> rest = new ArrayList<>();
        for (PyObject w; (w = next(it)) != null; ) rest.add(w);
        if (rest.size() < argcntafter) {
            throw Errors.valueError("not enough values to unpack (expected at least " + (argcnt + argcntafter)
                    + ", got " + (argcnt + rest.size()) + ")");
        }
        List<PyObject> tail = new ArrayList<>(rest.subList(rest.size() - argcntafter, rest.size()));
        out.add(new PyList(new ArrayList<>(rest.subList(0, rest.size() - argcntafter))));
        out.addAll(tail);
        return out;
    }

    // ---- formatting

    private static final PyStr EMPTY = PyStr.of("");

    static PyObject formatSimple(PyObject v) {
        if (v.getClass() == PyStr.class) return v; // a subclass goes through its __format__ (CPython: PyUnicode_CheckExact)
        return Abstract.format(v, EMPTY);
    }

    // CPython: Python/bytecodes.c CONVERT_VALUE
    static PyObject convertValue(PyObject v, int oparg) {
        switch (oparg) {
            case FVC_STR:
                return v instanceof PyStr ? v : Abstract.str(v);
            case FVC_REPR:
                return Abstract.repr(v);
            default:
                return PyStr.of(BuiltinFunctions.ascii(Abstract.repr(v).value()));
        }
    }

    // ---- calls

    // CPython: Python/bytecodes.c CALL (callable, self_or_null, args[oparg])
    static int call(PyObject[] s, int sp, int n) {
        int base = sp - n - 2;
        PyObject callable = s[base], self = s[base + 1];
        PyObject res = Calls.NOT_SIMPLE;
        if (callable instanceof PyFunction fn) {
            res = Calls.callPositional(fn, self, s, base + 2, n);
        } else if (self == null && callable instanceof PyMethod m && m.function instanceof PyFunction fn) {
            res = Calls.callPositional(fn, m.self, s, base + 2, n);
        } else {
            res = BuiltinCalls.call(callable, self, s, base + 2, n);
        }
        if (res != Calls.NOT_SIMPLE) {
            drop(s, sp, n + 1);
            s[base] = res;
            return base + 1;
        }
        PyObject[] args;
        if (self != null) {
            args = Arrays.copyOfRange(s, base + 1, sp);
        } else {
            args = Arrays.copyOfRange(s, base + 2, sp);
        }
        res = Calls.call(callable, args, null);
        drop(s, sp, n + 1);
        s[base] = res;
        return base + 1;
    }

    // CPython: Python/bytecodes.c CALL_KW (callable, self_or_null, args[oparg], kwnames)
    static int callKw(PyObject[] s, int sp, int n) {
        int base = sp - n - 3;
        PyObject callable = s[base], self = s[base + 1];
        PyTuple kwnames = (PyTuple) s[sp - 1];
        PyObject[] args = self != null ? Arrays.copyOfRange(s, base + 1, sp - 1) : Arrays.copyOfRange(s, base + 2, sp - 1);
        PyObject res = Calls.call(callable, args, kwnames);
        drop(s, sp, n + 2);
        s[base] = res;
        return base + 1;
    }

    // CPython: Python/bytecodes.c CALL_FUNCTION_EX (func, unused, callargs, kwargs if (oparg & 1))
    static int callFunctionEx(PyObject[] s, int sp, int oparg) {
        int base = sp - 3 - (oparg & 1);
        PyObject func = s[base];
        PyObject callargs = s[base + 2];
        PyObject kwargs = (oparg & 1) != 0 ? s[sp - 1] : null;
        PyObject[] pos;
        if (callargs instanceof PyTuple t && t.type() == PyTuple.TYPE) { // a subclass's own __iter__ counts (PySequence_Tuple)
            pos = t.items;
        } else {
            if (!isIterable(callargs)) {
                throw Errors.typeError(Calls.functionStr(func) + " argument after * must be an iterable, not "
                        + callargs.typeName());
            }
            pos = Abstract.toList(callargs).toArray(new PyObject[0]);
        }
        PyObject res;
        if (kwargs == null || ((PyDict) kwargs).size() == 0) {
            res = Calls.call(func, pos.clone(), null);
        } else {
            PyDict kw = (PyDict) kwargs;
            List<PyObject> keys = kw.keys();
            PyObject[] args = Arrays.copyOf(pos, pos.length + keys.size());
            PyObject[] names = new PyObject[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                PyObject k = keys.get(i);
                if (!(k instanceof PyStr)) throw Errors.typeError("keywords must be strings");
                names[i] = k;
                args[pos.length + i] = kw.get(k);
            }
            res = Calls.call(func, args, new PyTuple(names));
        }
        drop(s, sp, sp - base - 1);
        s[base] = res;
        return base + 1;
    }

    // CPython: Python/intrinsics.c
    static PyObject intrinsic1(PyFrame f, int which, PyObject v) {
        switch (which) {
            case INTRINSIC_PRINT:
                return Interpreter.printExpr(v);
            case INTRINSIC_IMPORT_STAR:
                Importer.importStar(f, v);
                return PyNone.NONE;
            case INTRINSIC_STOPITERATION_ERROR:
                return Generators.stopIterationError(f, (PyBaseException) v);
            case INTRINSIC_UNARY_POSITIVE:
                return Abstract.positive(v);
            case INTRINSIC_LIST_TO_TUPLE:
                return new PyTuple(((PyList) v).items.toArray(new PyObject[0]));
            case INTRINSIC_ASYNC_GEN_WRAP:
                return Generators.asyncGenWrap(v);
            case INTRINSIC_TYPEVAR:
                return Typing.intrinsic1(f, "TYPEVAR", v);
            case INTRINSIC_PARAMSPEC:
                return Typing.intrinsic1(f, "PARAMSPEC", v);
            case INTRINSIC_TYPEVARTUPLE:
                return Typing.intrinsic1(f, "TYPEVARTUPLE", v);
            case INTRINSIC_SUBSCRIPT_GENERIC:
                return Typing.intrinsic1(f, "SUBSCRIPT_GENERIC", v);
            case INTRINSIC_TYPEALIAS:
                return Typing.intrinsic1(f, "TYPEALIAS", v);
            default:
                throw Errors.systemError("intrinsic " + which + " is not implemented yet");
        }
    }

    static PyObject intrinsic2(PyFrame f, int which, PyObject a, PyObject b) {
        if (which == INTRINSIC_PREP_RERAISE_STAR) return ExceptionGroups.prepReraiseStar(a, b);
        if (which == INTRINSIC_TYPEVAR_WITH_BOUND) return Typing.intrinsic2(f, "TYPEVAR_WITH_BOUND", a, b);
        if (which == INTRINSIC_TYPEVAR_WITH_CONSTRAINTS) return Typing.intrinsic2(f, "TYPEVAR_WITH_CONSTRAINTS", a, b);
        if (which == INTRINSIC_SET_FUNCTION_TYPE_PARAMS) return Typing.intrinsic2(f, "SET_FUNCTION_TYPE_PARAMS", a, b);
        if (which == INTRINSIC_SET_TYPEPARAM_DEFAULT) return Typing.intrinsic2(f, "SET_TYPEPARAM_DEFAULT", a, b);
        throw Errors.systemError("intrinsic2 " + which + " is not implemented yet");
    }

    // ---- functions

    static PyObject makeFunction(PyFrame f, PyCode code) {
        return new PyFunction(code, f.globals, f.builtins);
    }

    // CPython: Python/bytecodes.c SET_FUNCTION_ATTRIBUTE
    static void setFunctionAttribute(PyObject func, PyObject attr, int flag) {
        PyFunction fn = (PyFunction) func;
        switch (flag) {
            case MAKE_FUNCTION_DEFAULTS: fn.defaults = (PyTuple) attr; break;
            case MAKE_FUNCTION_KWDEFAULTS: fn.kwdefaults = (PyDict) attr; break;
            case MAKE_FUNCTION_ANNOTATIONS: fn.annotations = attr; break;
            case MAKE_FUNCTION_CLOSURE: fn.closure = (PyTuple) attr; break;
            default: throw Errors.systemError("bad SET_FUNCTION_ATTRIBUTE flag " + flag);
        }
    }

    // ---- exceptions

    // CPython: Python/ceval.c do_raise
    static PyException raise(PyObject[] s, int sp, int oparg) {
        if (oparg == 0) {
            PyBaseException current = ThreadState.current().handledException();
            if (current == null) return Errors.raise(ExceptionTypes.RUNTIME_ERROR, "No active exception to reraise");
            return new Unwind.Reraise(current);
        }
        PyObject exc = s[oparg == 2 ? sp - 2 : sp - 1];
        PyBaseException value = instantiate(exc, "exceptions must derive from BaseException");
        if (oparg == 2) {
            PyObject cause = s[sp - 1];
            if (cause == PyNone.NONE) {
                value.cause = null;
            } else {
                value.cause = instantiate(cause, "exception causes must derive from BaseException");
            }
            value.suppressContext = true;
        }
        Unwind.setContext(value, ThreadState.current());
        return new PyException(value);
    }

    private static PyBaseException instantiate(PyObject exc, String message) {
        if (exc instanceof PyType t && t.isSubtype(ExceptionTypes.BASE_EXCEPTION)) {
            PyObject v = Calls.call(t, new PyObject[0], null);
            if (!(v instanceof PyBaseException b)) {
                throw Errors.typeError("calling " + t.repr() + " should have returned an instance of BaseException, not "
                        + v.typeName());
            }
            return b;
        }
        if (exc instanceof PyBaseException b) return b;
        throw Errors.typeError(message);
    }

    static PyException reraise(PyFrame f, PyObject[] s, int sp, int oparg) {
        if (oparg != 0) f.lasti = (int) ((PyInt) s[sp - 1 - oparg]).longValue();
        return new Unwind.Reraise((PyBaseException) s[sp - 1]);
    }

    static int pushExcInfo(PyObject[] s, int sp) {
        ThreadState.ExcInfo info = ThreadState.current().excInfo;
        PyObject exc = s[sp - 1];
        s[sp - 1] = info.value == null ? PyNone.NONE : info.value;
        info.value = (PyBaseException) exc;
        s[sp] = exc;
        return sp + 1;
    }

    static void popExcept(PyObject v) {
        ThreadState.current().excInfo.value = v == PyNone.NONE ? null : (PyBaseException) v;
    }

    private static final String BAD_CATCH = "catching classes that do not inherit from BaseException is not allowed";

    // CPython: Python/ceval.c _PyEval_CheckExceptTypeValid, PyErr_GivenExceptionMatches
    static PyObject checkExcMatch(PyObject exc, PyObject match) {
        if (match instanceof PyTuple t) {
            for (PyObject m : t.items) {
                if (!(m instanceof PyType mt && mt.isSubtype(ExceptionTypes.BASE_EXCEPTION))) throw Errors.typeError(BAD_CATCH);
            }
            for (PyObject m : t.items) {
                if (exc.type().isSubtype((PyType) m)) return PyBool.TRUE;
            }
            return PyBool.FALSE;
        }
        if (!(match instanceof PyType mt && mt.isSubtype(ExceptionTypes.BASE_EXCEPTION))) throw Errors.typeError(BAD_CATCH);
        return PyBool.of(exc.type().isSubtype(mt));
    }

    static PyObject withExceptStart(PyObject[] s, int sp) {
        PyObject exit = s[sp - 4];
        PyBaseException val = (PyBaseException) s[sp - 1];
        PyObject tb = val.traceback == null ? PyNone.NONE : val.traceback;
        return Calls.call(exit, new PyObject[] {val.type(), val, tb}, null);
    }

    // CPython: Python/bytecodes.c BEFORE_WITH
    static int beforeWith(PyObject[] s, int sp) {
        PyObject mgr = s[sp - 1];
        PyObject enter = lookupSpecial(mgr, "__enter__");
        if (enter == null) {
            throw Errors.typeError("'" + mgr.typeName() + "' object does not support the context manager protocol");
        }
        PyObject exit = lookupSpecial(mgr, "__exit__");
        if (exit == null) {
            throw Errors.typeError("'" + mgr.typeName()
                    + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        s[sp - 1] = exit;
        s[sp] = Calls.call(enter, new PyObject[0], null);
        return sp + 1;
    }
}
