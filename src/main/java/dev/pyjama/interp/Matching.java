package dev.pyjama.interp;

import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyFrozenSet;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PySet;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.List;

/** The structural pattern matching opcodes: MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, MATCH_CLASS. */
// CPython: Python/ceval.c match_keys, match_class, match_class_attr; Objects/typeobject.c (the MAPPING/SEQUENCE flags)
final class Matching {
    private Matching() {}

    /** Whether the subject's type has Py_TPFLAGS_MAPPING (or _SEQUENCE), inherited along the MRO. */
    static boolean matchKind(PyObject subject, boolean mapping) {
        for (PyType t : subject.type().mro()) {
            if (t.abcCollectionFlag != 0) return t.abcCollectionFlag == (mapping ? 1 << 6 : 1 << 5);
            String n = t.name();
            if (mapping) {
                if (t == PyDict.TYPE || n.equals("mappingproxy") || n.equals("OrderedDict") || n.equals("defaultdict")
                        || n.equals("Mapping") || n.equals("MutableMapping")) {
                    return true;
                }
            } else if (t == PyList.TYPE || t == PyTuple.TYPE || n.equals("range") || n.equals("memoryview")
                    || n.equals("deque") || n.equals("array") || n.equals("Sequence") || n.equals("MutableSequence")) {
                return true;
            }
        }
        return false;
    }

    // CPython: Python/ceval.c match_keys
    static PyObject matchKeys(PyObject subject, PyObject keysObj) {
        PyObject[] keys = ((PyTuple) keysObj).items;
        if (keys.length == 0) return PyTuple.EMPTY;
        PyObject get = Abstract.getattr(subject, PyStr.of("get"));
        PyObject dummy = new PyTuple(new PyObject[] {PyNone.NONE});
        PyDict seen = new PyDict();
        PyObject[] values = new PyObject[keys.length];
        for (int i = 0; i < keys.length; i++) {
            PyObject k = keys[i];
            if (seen.containsKey(k)) {
                throw Errors.valueError("mapping pattern checks duplicate key (" + Abstract.repr(k).value() + ")");
            }
            seen.put(k, PyNone.NONE);
            PyObject v = Calls.call(get, new PyObject[] {k, dummy}, null);
            if (v == dummy) return PyNone.NONE;
            values[i] = v;
        }
        return new PyTuple(values);
    }

    /** Types whose single positional sub-pattern matches the subject itself (Py_TPFLAGS_MATCH_SELF). */
    private static boolean matchSelf(PyType type) {
        for (PyType t : type.mro()) {
            if (t == PyBool.TYPE || t == PyBytes.TYPE || t == PyDict.TYPE || t == PyFloat.TYPE || t == PyFrozenSet.TYPE
                    || t == PyInt.TYPE || t == PyList.TYPE || t == PySet.TYPE || t == PyStr.TYPE || t == PyTuple.TYPE
                    || t.name().equals("bytearray")) {
                return true;
            }
        }
        return false;
    }

    // CPython: Python/ceval.c match_class
    static PyObject matchClass(PyObject subject, PyObject typeObj, PyTuple kwargs, int nargs) {
        if (!(typeObj instanceof PyType type)) throw Errors.typeError("called match pattern must be a class");
        if (!Abstract.isInstance(subject, type)) return PyNone.NONE;
        List<String> seen = new ArrayList<>();
        List<PyObject> attrs = new ArrayList<>();
        if (nargs > 0) {
            boolean self = false;
            PyObject matchArgs = Abstract.lookupAttr(type, PyStr.of("__match_args__"));
            PyObject[] names;
            if (matchArgs != null) {
                if (!(matchArgs instanceof PyTuple t)) {
                    throw Errors.typeError(type.name() + ".__match_args__ must be a tuple (got " + matchArgs.typeName() + ")");
                }
                names = t.items;
            } else {
                self = matchSelf(type);
                names = new PyObject[0];
            }
            int allowed = self ? 1 : names.length;
            if (allowed < nargs) {
                throw Errors.typeError(type.name() + "() accepts " + allowed + " positional sub-pattern"
                        + (allowed == 1 ? "" : "s") + " (" + nargs + " given)");
            }
            if (self) {
                attrs.add(subject);
            } else {
                for (int i = 0; i < nargs; i++) {
                    if (!(names[i] instanceof PyStr name)) {
                        throw Errors.typeError("__match_args__ elements must be strings (got " + names[i].typeName() + ")");
                    }
                    PyObject a = attr(subject, type, name, seen);
                    if (a == null) return PyNone.NONE;
                    attrs.add(a);
                }
            }
        }
        for (PyObject k : kwargs.items) {
            PyObject a = attr(subject, type, (PyStr) k, seen);
            if (a == null) return PyNone.NONE;
            attrs.add(a);
        }
        return new PyTuple(attrs.toArray(new PyObject[0]));
    }

    private static PyObject attr(PyObject subject, PyType type, PyStr name, List<String> seen) {
        if (seen.contains(name.value())) {
            throw Errors.typeError(type.name() + "() got multiple sub-patterns for attribute " + name.repr());
        }
        seen.add(name.value());
        return Abstract.lookupAttr(subject, name);
    }
}
