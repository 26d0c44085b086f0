package dev.pyjama.interp;

import static dev.pyjama.interp.BuiltinTypes.noargs;
import static dev.pyjama.interp.BuiltinTypes.positional;

import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyFrozenSet;
import dev.pyjama.objects.PyInstance;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PySet;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * The pickle protocol's {@code object.__reduce_ex__}, {@code object.__reduce__} and
 * {@code object.__getstate__}, and set's and frozenset's {@code __reduce__}: what copy.copy
 * and copy.deepcopy call for objects they have no copier for.
 */
// CPython: Objects/typeobject.c object___reduce_ex___impl, reduce_newobj, object_getstate_default; Objects/setobject.c set_reduce
final class ObjectReduce {
    private ObjectReduce() {}

    static PyObject objectReduce;

    static void install() {
        PyType o = PyType.OBJECT;
        objectReduce = noargs(o, "__reduce__", self -> reduceEx(self, 0));
        positional(o, "__reduce_ex__", 1, 1, (self, a) -> {
            PyObject r = self.type().lookup("__reduce__");
            if (r != null && r != objectReduce) return Abstract.call(Abstract.getattr(self, PyStr.of("__reduce__")));
            return reduceEx(self, (int) ((dev.pyjama.objects.PyInt) Abstract.index(a[0])).longValue());
        });
        noargs(o, "__getstate__", ObjectReduce::state);
        for (PyType t : new PyType[] {PySet.TYPE, PyFrozenSet.TYPE}) {
            noargs(t, "__reduce__", self -> {
                PyDict d = Abstract.instanceDict(self);
                return PyTuple.of(self.type(), PyTuple.of(new PyList(new ArrayList<>(Abstract.toList(self)))),
                        d == null ? PyNone.NONE : d);
            });
        }
    }

    // CPython: Objects/typeobject.c object_getstate_default (no __slots__ state beyond the dict here)
    static PyObject state(PyObject self) {
        PyDict d = Abstract.instanceDict(self);
        PyObject dict = d == null || d.size() == 0 ? PyNone.NONE : d;
        if (self instanceof PyInstance i && i.slots != null && i.slots.length > 0) {
            PyDict slots = new PyDict();
            for (PyType t : self.type().mro()) {
                PyObject names = t.dict.get("__slots__");
                if (names == null) continue;
                for (PyObject n : names instanceof PyStr ? List.of(names) : Abstract.toList(names)) {
                    PyObject v = Abstract.lookupAttr(self, (PyStr) n);
                    if (v != null) slots.put(n, v);
                }
            }
            if (slots.size() > 0) return PyTuple.of(dict, slots);
        }
        return dict;
    }

    // CPython: Objects/typeobject.c reduce_newobj (protocol 2 and above); protocols 0 and 1 go to copyreg._reduce_ex
    private static PyObject reduceEx(PyObject self, int protocol) {
        PyObject copyreg = Importer.importModule("copyreg");
        if (protocol < 2) return Abstract.call(Abstract.getattr(copyreg, PyStr.of("_reduce_ex")), self, dev.pyjama.objects.PyInt.of(protocol));
        PyType t = self.type();
        PyObject args = PyTuple.EMPTY;
        PyObject gna = Abstract.lookupAttr(self, PyStr.of("__getnewargs__"));
        if (gna != null) args = Abstract.call(gna);
        List<PyObject> all = new ArrayList<>();
        all.add(t);
        all.addAll(List.of(((PyTuple) args).items));
        PyObject getstate = Abstract.getattr(self, PyStr.of("__getstate__"));
        PyObject st = Abstract.call(getstate);
        PyObject listitems = self instanceof PyList ? Abstract.iter(self) : PyNone.NONE;
        PyObject dictitems = self instanceof PyDict ? Abstract.iter(Abstract.call(Abstract.getattr(self, PyStr.of("items")))) : PyNone.NONE;
        return PyTuple.of(Abstract.getattr(copyreg, PyStr.of("__newobj__")), new PyTuple(all.toArray(new PyObject[0])), st,
                listitems, dictitems);
    }
}
