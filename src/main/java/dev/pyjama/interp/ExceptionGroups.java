package dev.pyjama.interp;

import static dev.pyjama.interp.BuiltinTypes.*;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTraceback;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * BaseExceptionGroup and ExceptionGroup (construction rules, message/exceptions, derive,
 * split, subgroup) and what {@code except*} needs: CHECK_EG_MATCH and
 * INTRINSIC_PREP_RERAISE_STAR.
 */
// CPython: Objects/exceptions.c BaseExceptionGroup_new, exceptiongroup_split_recursive, _PyExc_PrepReraiseStar;
// Python/ceval.c _PyEval_ExceptionGroupMatch, _PyEval_CheckExceptStarTypeValid
final class ExceptionGroups {
    private ExceptionGroups() {}

    static boolean isGroup(PyObject o) {
        return o instanceof PyBaseException e && e.type().isSubtype(ExceptionTypes.BASE_EXCEPTION_GROUP);
    }

    private static PyBaseException eg(PyObject o) {
        return (PyBaseException) o;
    }

    static void install() {
        PyType t = ExceptionTypes.BASE_EXCEPTION_GROUP;
        newMethod(t, (args, kw) -> {
            PyType cls = (PyType) args[0];
            int n = args.length - 1 - Args.nkw(kw);
            if (n != 2) {
                throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + n + " given)");
            }
            PyObject message = args[1], exceptions = args[2];
            if (!(message instanceof PyStr)) {
                throw Errors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + message.typeName());
            }
            if (!isSequence(exceptions)) throw Errors.typeError("second argument (exceptions) must be a sequence");
            PyObject[] excs = Abstract.toArray(exceptions).clone();
            if (excs.length == 0) throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
            boolean nestedBase = false;
            for (int i = 0; i < excs.length; i++) {
                if (!(excs[i] instanceof PyBaseException)) {
                    throw Errors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
                }
                if (!excs[i].type().isSubtype(ExceptionTypes.EXCEPTION)) nestedBase = true;
            }
            if (cls == ExceptionTypes.BASE_EXCEPTION_GROUP) {
                if (!nestedBase) cls = ExceptionTypes.EXCEPTION_GROUP;
            } else if (cls == ExceptionTypes.EXCEPTION_GROUP) {
                if (nestedBase) throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            } else if (nestedBase && cls.isSubtype(ExceptionTypes.EXCEPTION)) {
                throw Errors.typeError("Cannot nest BaseExceptions in '" + cls.name() + "'");
            }
            PyObject[] rest = new PyObject[n];
            System.arraycopy(args, 1, rest, 0, n);
            PyBaseException ex = new PyBaseException(cls, PyTuple.of(rest));
            ex.egMessage = message;
            ex.egExceptions = PyTuple.of(excs);
            return ex;
        });
        put(t, "__init__", (args, kw) -> {
            PyBaseException ex = eg(args[0]);
            if (Args.nkw(kw) > 0) throw Errors.typeError(ex.type().name() + "() takes no keyword arguments");
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            ex.args = PyTuple.of(rest);
            return PyNone.NONE;
        });
        slot0(t, "__str__", self -> {
            PyBaseException ex = eg(self);
            int n = ex.egExceptions.items.length;
            return PyStr.of(Abstract.str(ex.egMessage).value() + " (" + n + " sub-exception" + (n > 1 ? "s" : "") + ")");
        });
        getter(t, "message", self -> eg(self).egMessage);
        getter(t, "exceptions", self -> eg(self).egExceptions);
        onearg(t, "derive", (self, excs) -> Abstract.call(ExceptionTypes.BASE_EXCEPTION_GROUP, eg(self).egMessage, excs));
        onearg(t, "split", (self, m) -> {
            PyObject[] r = splitRecursive(self, matcherType(m), m, true);
            return PyTuple.of(orNone(r[0]), orNone(r[1]));
        });
        onearg(t, "subgroup", (self, m) -> orNone(splitRecursive(self, matcherType(m), m, false)[0]));
    }

    private static boolean isSequence(PyObject o) {
        if (o instanceof PyList || o instanceof PyTuple) return true;
        if (o instanceof PyDict) return false;
        return o.type().lookup("__getitem__") != null && !o.type().isSubtype(PyDict.TYPE);
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private static final int BY_TYPE = 0, BY_PREDICATE = 1, BY_IDS = 2;

    private static boolean isExceptionClass(PyObject o) {
        return o instanceof PyType c && c.isSubtype(ExceptionTypes.BASE_EXCEPTION);
    }

    private static int matcherType(PyObject v) {
        if (Abstract.isCallable(v) && !(v instanceof PyType)) return BY_PREDICATE;
        if (isExceptionClass(v)) return BY_TYPE;
        if (v instanceof PyTuple tu && tu.type() == PyTuple.TYPE) {
            boolean ok = true;
            for (PyObject x : tu.items) ok &= isExceptionClass(x);
            if (ok) return BY_TYPE;
        }
        throw Errors.typeError("expected an exception type, a tuple of exception types, or a callable (other than a class)");
    }

    /** PyErr_GivenExceptionMatches for an exception instance. */
    static boolean givenMatches(PyObject exc, PyObject m) {
        if (m instanceof PyTuple tu) {
            for (PyObject x : tu.items) if (givenMatches(exc, x)) return true;
            return false;
        }
        return m instanceof PyType mt && exc.type().isSubtype(mt);
    }

    @SuppressWarnings("unchecked")
    private static boolean checkMatch(PyObject exc, int kind, PyObject m, Set<PyObject> ids) {
        switch (kind) {
            case BY_TYPE: return givenMatches(exc, m);
            case BY_PREDICATE: return Abstract.isTrue(Abstract.call(m, exc));
            default: return ids.contains(exc);
        }
    }

    private static PyObject[] splitRecursive(PyObject exc, int kind, PyObject m, boolean constructRest) {
        return splitRecursive(exc, kind, m, null, constructRest);
    }

    // CPython: Objects/exceptions.c exceptiongroup_split_recursive
    private static PyObject[] splitRecursive(PyObject exc, int kind, PyObject m, Set<PyObject> ids, boolean constructRest) {
        PyObject[] result = new PyObject[2];
        if (checkMatch(exc, kind, m, ids)) {
            result[0] = exc;
            return result;
        }
        if (!isGroup(exc)) {
            if (constructRest) result[1] = exc;
            return result;
        }
        PyBaseException g = eg(exc);
        List<PyObject> match = new ArrayList<>(), rest = constructRest ? new ArrayList<>() : null;
        for (PyObject e : g.egExceptions.items) {
            PyObject[] r = splitRecursive(e, kind, m, ids, constructRest);
            if (r[0] != null) match.add(r[0]);
            if (r[1] != null) rest.add(r[1]);
        }
        result[0] = subset(g, match);
        if (constructRest) result[1] = subset(g, rest);
        return result;
    }

    // CPython: Objects/exceptions.c exceptiongroup_subset
    private static PyObject subset(PyBaseException orig, List<PyObject> excs) {
        if (excs.isEmpty()) return null;
        PyObject r = EvalHelpers.callMethod(orig, "derive", new PyList(new ArrayList<>(excs)));
        if (!isGroup(r)) throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
        PyBaseException eg = eg(r);
        if (orig.traceback != null) eg.traceback = orig.traceback;
        eg.context = orig.context;
        eg.cause = orig.cause;
        eg.suppressContext = true;
        PyObject notes = Abstract.lookupAttr(orig, PyStr.of("__notes__"));
        if (notes != null && isSequence(notes)) {
            Abstract.setattr(eg, PyStr.of("__notes__"), new PyList(new ArrayList<>(List.of(Abstract.toArray(notes)))));
        }
        return eg;
    }

    // ---- except*

    private static final String BAD_CATCH = "catching classes that do not inherit from BaseException is not allowed";

    // CPython: Python/bytecodes.c CHECK_EG_MATCH; Python/ceval.c _PyEval_ExceptionGroupMatch
    static int checkEgMatch(PyFrame f, PyObject[] s, int sp) {
        PyObject exc = s[sp - 2], type = s[sp - 1];
        PyObject[] types = type instanceof PyTuple tu ? tu.items : new PyObject[] {type};
        for (PyObject x : types) if (!isExceptionClass(x)) throw Errors.typeError(BAD_CATCH);
        for (PyObject x : types) {
            if (((PyType) x).isSubtype(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
                throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }
        PyObject match, rest;
        if (exc == PyNone.NONE) {
            match = rest = PyNone.NONE;
        } else if (givenMatches(exc, type)) {
            if (isGroup(exc)) {
                match = exc;
            } else {
                PyBaseException w = create("", PyTuple.of(exc));
                w.traceback = new PyTraceback(null, f, f.lasti);
                match = w;
            }
            rest = PyNone.NONE;
        } else if (isGroup(exc)) {
            PyObject pair = EvalHelpers.callMethod(exc, "split", type);
            PyObject[] p = Abstract.toArray(pair);
            match = p[0];
            rest = p[1];
        } else {
            match = PyNone.NONE;
            rest = exc;
        }
        if (match != PyNone.NONE) ThreadState.current().excInfo.value = (PyBaseException) match;
        s[sp - 2] = rest;
        s[sp - 1] = match;
        return sp;
    }

    /** _PyExc_CreateExceptionGroup: BaseExceptionGroup(msg, excs). */
    static PyBaseException create(String msg, PyObject excs) {
        return eg(Abstract.call(ExceptionTypes.BASE_EXCEPTION_GROUP, PyStr.of(msg), excs));
    }

    private static void collectLeafIds(PyObject exc, Set<PyObject> ids) {
        if (exc == PyNone.NONE) return;
        if (!isGroup(exc)) {
            ids.add(exc);
            return;
        }
        for (PyObject e : eg(exc).egExceptions.items) collectLeafIds(e, ids);
    }

    private static boolean sameMetadata(PyBaseException a, PyBaseException b) {
        return a.dict.get("__notes__") == b.dict.get("__notes__") && a.traceback == b.traceback && a.cause == b.cause
                && a.context == b.context;
    }

    // CPython: Objects/exceptions.c _PyExc_PrepReraiseStar
    static PyObject prepReraiseStar(PyObject orig, PyObject excsList) {
        List<PyObject> excs = ((PyList) excsList).items;
        if (excs.isEmpty()) return PyNone.NONE;
        if (!isGroup(orig)) return excs.get(0);
        List<PyObject> raised = new ArrayList<>(), reraised = new ArrayList<>();
        for (PyObject e : excs) {
            if (e == PyNone.NONE) continue;
            (sameMetadata((PyBaseException) e, (PyBaseException) orig) ? reraised : raised).add(e);
        }
        Set<PyObject> ids = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PyObject e : reraised) collectLeafIds(e, ids);
        PyObject reraisedEg = orNone(splitRecursive(orig, BY_IDS, null, ids, false)[0]);
        if (raised.isEmpty()) return reraisedEg;
        if (reraisedEg != PyNone.NONE) raised.add(reraisedEg);
        if (raised.size() > 1) return create("", new PyList(raised));
        return raised.get(0);
    }

}
