package dev.pyjama.interp;

import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyCell;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyFunction;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code builtins.__build_class__(func, name, *bases, metaclass=..., **kwds)}: what a class
 * statement calls. Resolves {@code __mro_entries__} and the metaclass, prepares the namespace,
 * runs the class body with it as the locals, calls the metaclass, and checks that the
 * {@code __class__} cell got the new class.
 */
// CPython: Python/bltinmodule.c builtin___build_class__, update_bases; Objects/typeobject.c _PyType_CalculateMetaclass
public final class ClassBuilder {
    private ClassBuilder() {}

    public static PyBuiltinFunction function() {
        return new PyBuiltinFunction("__build_class__", null, null, ClassBuilder::buildClass);
    }

    static PyObject buildClass(PyObject[] args, PyTuple kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.items.length;
        int nargs = args.length - nkw;
        if (nargs < 2) throw Errors.typeError("__build_class__: not enough arguments");
        if (!(args[0] instanceof PyFunction func)) throw Errors.typeError("__build_class__: func must be a function");
        if (!(args[1] instanceof PyStr name)) throw Errors.typeError("__build_class__: name is not a string");
        PyTuple origBases = new PyTuple(Arrays.copyOfRange(args, 2, nargs));
        PyTuple bases = updateBases(origBases);
        PyObject meta = null;
        List<PyObject> kwNames = new ArrayList<>(), kwValues = new ArrayList<>();
        for (int i = 0; i < nkw; i++) {
            PyStr k = (PyStr) kwnames.items[i];
            if (k.value().equals("metaclass")) meta = args[nargs + i];
            else {
                kwNames.add(k);
                kwValues.add(args[nargs + i]);
            }
        }
        boolean isClass;
        if (meta == null) {
            meta = bases.items.length == 0 ? PyType.TYPE : bases.items[0].type();
            isClass = true;
        } else {
            isClass = meta instanceof PyType;
        }
        if (isClass) meta = calculateMetaclass((PyType) meta, bases);
        PyObject ns;
        // type.__prepare__ returns a new dict: no need to look it up and call it.
        PyObject prepare = meta == PyType.TYPE ? null : Abstract.lookupAttr(meta, PyStr.of("__prepare__"));
        PyTuple kwTuple = kwNames.isEmpty() ? null : new PyTuple(kwNames.toArray(new PyObject[0]));
        if (prepare == null) {
            ns = new PyDict();
        } else {
            PyObject[] pargs = new PyObject[2 + kwValues.size()];
            pargs[0] = name;
            pargs[1] = bases;
            for (int i = 0; i < kwValues.size(); i++) pargs[2 + i] = kwValues.get(i);
            ns = Calls.call(prepare, pargs, kwTuple);
            if (!(ns instanceof PyDict) && ns.type().lookup("__getitem__") == null) {
                throw Errors.typeError((isClass ? ((PyType) meta).name() : "<metaclass>")
                        + ".__prepare__() must return a mapping, not " + ns.typeName());
            }
        }
        PyFrame frame = new PyFrame(func.code, func.globals, func.builtins, ns, func);
        PyObject cell = Eval.run(frame);
        if (bases != origBases) EvalHelpers.storeName(frame, PyStr.of("__orig_bases__"), origBases);
        PyObject cls;
        {
            PyObject[] margs = new PyObject[3 + kwValues.size()];
            margs[0] = name;
            margs[1] = bases;
            margs[2] = ns;
            for (int i = 0; i < kwValues.size(); i++) margs[3 + i] = kwValues.get(i);
            cls = Calls.call(meta, margs, kwTuple);
        }
        if (cls instanceof PyType && cell instanceof PyCell c) {
            PyObject cellCls = c.ref;
            if (cellCls != cls) {
                if (cellCls == null) {
                    throw Errors.raise(dev.pyjama.objects.ExceptionTypes.RUNTIME_ERROR, "__class__ not set defining "
                            + name.repr() + " as " + cls.repr() + ". Was __classcell__ propagated to type.__new__?");
                }
                throw Errors.typeError("__class__ set to " + cellCls.repr() + " defining " + name.repr() + " as "
                        + cls.repr());
            }
        }
        return cls;
    }

    // CPython: Python/bltinmodule.c update_bases
    private static PyTuple updateBases(PyTuple bases) {
        List<PyObject> out = null;
        for (int i = 0; i < bases.items.length; i++) {
            PyObject base = bases.items[i];
            if (base instanceof PyType) {
                if (out != null) out.add(base);
                continue;
            }
            PyObject meth = Abstract.lookupAttr(base, PyStr.of("__mro_entries__"));
            if (meth == null) {
                if (out != null) out.add(base);
                continue;
            }
            PyObject entries = Calls.call(meth, new PyObject[] {bases}, null);
            if (!(entries instanceof PyTuple t)) throw Errors.typeError("__mro_entries__ must return a tuple");
            if (out == null) out = new ArrayList<>(Arrays.asList(bases.items).subList(0, i));
            out.addAll(Arrays.asList(t.items));
        }
        return out == null ? bases : new PyTuple(out.toArray(new PyObject[0]));
    }

    // CPython: Objects/typeobject.c _PyType_CalculateMetaclass
    static PyType calculateMetaclass(PyType meta, PyTuple bases) {
        PyType winner = meta;
        for (PyObject b : bases.items) {
            PyType t = b.type();
            if (winner.isSubtype(t)) continue;
            if (t.isSubtype(winner)) {
                winner = t;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    static boolean isNone(PyObject o) {
        return o == PyNone.NONE;
    }
}
