package dev.pyjama.interp;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyInstance;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PySet;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.Map;

/**
 * TEMPORARY: what the eval loop needs from the other half of the VM (branch wip-vm-objects:
 * Types.callType, BuiltinFunctions, PySlice, set methods) until that lands. Each method here
 * is replaced by the real one on merge, and this file deleted.
 */
final class TempStubs {
    private TempStubs() {}

    static PyObject slice(PyObject start, PyObject stop, PyObject step) {
        throw Errors.systemError("slices are not implemented yet");
    }

    static void setAdd(PyObject set, PyObject v) {
        PySet s = (PySet) set;
        for (PyObject x : s.items) {
            if (dev.pyjama.objects.PyObjects.equal(x, v)) return;
        }
        s.items.add(v);
    }

    static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        repr.codePoints().forEach(c -> {
            if (c < 128) sb.append((char) c);
            else if (c < 256) sb.append(String.format("\\x%02x", c));
            else if (c < 0x10000) sb.append(String.format("\\u%04x", c));
            else sb.append(String.format("\\U%08x", c));
        });
        return sb.toString();
    }

    /** {@code type(...)} calls: exception classes and simple classes made by class statements. */
    static PyObject callType(PyType t, PyObject[] args, PyTuple kwnames) {
        if (t.isSubtype(ExceptionTypes.BASE_EXCEPTION)) {
            PyBaseException e = new PyBaseException(t, new PyTuple(args.clone()));
            PyObject init = t.lookup("__init__");
            if (init instanceof dev.pyjama.objects.PyFunction) Calls.call(init, Calls.prepend(e, args), kwnames);
            return e;
        }
        if (t.heap) {
            PyInstance o = new PyInstance(t);
            PyObject init = t.lookup("__init__");
            if (init != null) Calls.call(init, Calls.prepend(o, args), kwnames);
            return o;
        }
        throw Errors.systemError("calling " + t.name() + " is not implemented yet");
    }

    static String str(PyObject o) {
        if (o instanceof PyStr s) return s.value;
        if (o instanceof PyBaseException e) return e.defaultStr();
        return o.repr();
    }

    /** Makes a class (Types.newType stand-in): a heap type with the namespace as its dict. */
    static PyObject newType(PyObject meta, PyStr name, PyTuple bases, PyDict ns) {
        PyType[] bs = new PyType[bases.items.length == 0 ? 1 : bases.items.length];
        if (bases.items.length == 0) bs[0] = PyType.OBJECT;
        else for (int i = 0; i < bs.length; i++) bs[i] = (PyType) bases.items[i];
        PyType t = PyType.heap(name.value, PyType.TYPE, bs, null);
        PyType[] mro = PyType.c3(t, bs);
        t = PyType.heap(name.value, PyType.TYPE, bs, mro);
        for (PyObject k : ns.keys()) t.dict.put(((PyStr) k).value, ns.get(k));
        PyObject q = ns.get(PyStr.of("__qualname__"));
        if (q instanceof PyStr qs) t.qualname = qs.value;
        return t;
    }

    private static void fn(PyDict b, String name, PyBuiltinFunction.Impl impl) {
        b.put(PyStr.of(name), new PyBuiltinFunction(name, null, null, impl));
    }

    static void installBuiltins(PyDict b) {
        for (Map.Entry<String, PyType> e : ExceptionTypes.all().entrySet()) b.put(PyStr.of(e.getKey()), e.getValue());
        b.put(PyStr.of("None"), PyNone.NONE);
        b.put(PyStr.of("object"), PyType.OBJECT);
        b.put(PyStr.of("type"), PyType.TYPE);
        fn(b, "print", (a, kw) -> {
            StringBuilder sb = new StringBuilder();
            int n = a.length - (kw == null ? 0 : kw.items.length);
            for (int i = 0; i < n; i++) {
                if (i > 0) sb.append(' ');
                sb.append(str(a[i]));
            }
            Interpreter.current().out.println(sb);
            return PyNone.NONE;
        });
        fn(b, "repr", (a, kw) -> PyStr.of(a[0].repr()));
        fn(b, "str", (a, kw) -> PyStr.of(str(a[0])));
        fn(b, "len", (a, kw) -> {
            if (a[0] instanceof PyList l) return PyInt.of(l.items.size());
            if (a[0] instanceof PyTuple t) return PyInt.of(t.items.length);
            if (a[0] instanceof PyStr s) return PyInt.of(s.length());
            if (a[0] instanceof PyDict d) return PyInt.of(d.size());
            throw Errors.typeError("object of type '" + a[0].typeName() + "' has no len()");
        });
        fn(b, "next", (a, kw) -> {
            PyObject v = EvalHelpers.next(a[0]);
            if (v == null) {
                if (a.length > 1) return a[1];
                throw new PyException(new PyBaseException(ExceptionTypes.STOP_ITERATION, PyTuple.EMPTY));
            }
            return v;
        });
        fn(b, "iter", (a, kw) -> EvalHelpers.getIter(a[0]));
    }
}
