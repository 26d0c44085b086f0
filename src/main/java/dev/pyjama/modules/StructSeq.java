package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyGetSet;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Struct sequences ({@code os.stat_result}, {@code time.struct_time}, {@code sys.version_info}):
 * tuples of their first {@code n_sequence_fields} values whose fields are also attributes, and
 * which may carry more fields reachable only by name.
 */
// CPython: Objects/structseq.c
public final class StructSeq {
    private StructSeq() {}

    /** A type's fields: all names (null for an unnamed field), and how many are in the tuple. */
    private record Layout(String[] names, int nseq) {
        int unnamed() {
            int n = 0;
            for (String s : names) if (s == null) n++;
            return n;
        }
    }

    private static final Map<PyType, Layout> LAYOUTS = new IdentityHashMap<>();

    /** An instance: the visible fields are the tuple's items, the others in {@code hidden}. */
    static final class Value extends PyTuple {
        private final PyType type;
        final PyObject[] hidden;

        Value(PyType type, PyObject[] visible, PyObject[] hidden) {
            super(visible);
            this.type = type;
            this.hidden = hidden;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public String repr() {
            return reprOf(this);
        }
    }

    /**
     * A new struct sequence type named {@code fullName} ("os.stat_result"), with {@code names}
     * (null for unnamed fields) of which the first {@code nseq} are the tuple's items.
     */
    // CPython: Objects/structseq.c _PyStructSequence_InitBuiltinWithFlags, initialize_members
    public static PyType newType(String fullName, String[] names, int nseq, boolean instantiable) {
        PyType t = PyType.builtin(fullName, PyTuple.TYPE);
        t.baseType = false;
        Layout layout = new Layout(names, nseq);
        LAYOUTS.put(t, layout);
        if (instantiable) {
            BuiltinTypes.newMethod(t, (args, kw) -> construct(t, layout, args, kw));
        } else {
            t.disallowInstantiation = true;
        }
        BuiltinTypes.slot0(t, "__repr__", self -> PyStr.of(reprOf((Value) self)));
        BuiltinTypes.put(t, "__reduce__", (args, kw) -> {
            Value v = (Value) args[0];
            PyDict d = new PyDict();
            for (int i = nseq; i < names.length; i++) {
                if (names[i] != null) d.put(PyStr.of(names[i]), v.hidden[i - nseq]);
            }
            return PyTuple.of(t, PyTuple.of(new PyTuple(v.items.clone()), d));
        });
        for (int i = 0; i < names.length; i++) {
            if (names[i] == null) continue;
            int index = i;
            PyGetSet g = new PyGetSet(names[i], t, self -> {
                Value v = (Value) self;
                return index < layout.nseq ? v.items[index] : v.hidden[index - layout.nseq];
            }, null);
            g.member = true;
            t.dict.put(names[i], g);
        }
        t.dict.put("n_sequence_fields", PyInt.of(nseq));
        t.dict.put("n_fields", PyInt.of(names.length));
        t.dict.put("n_unnamed_fields", PyInt.of(layout.unnamed()));
        List<PyObject> match = new ArrayList<>();
        for (int i = 0; i < nseq; i++) if (names[i] != null) match.add(PyStr.of(names[i]));
        t.dict.put("__match_args__", new PyTuple(match.toArray(new PyObject[0])));
        return t;
    }

    /** An instance of {@code t} from all its fields' values (hidden ones may be left off: None). */
    public static PyObject of(PyType t, PyObject... values) {
        Layout layout = LAYOUTS.get(t);
        PyObject[] visible = new PyObject[layout.nseq];
        System.arraycopy(values, 0, visible, 0, layout.nseq);
        PyObject[] hidden = new PyObject[layout.names.length - layout.nseq];
        for (int i = 0; i < hidden.length; i++) {
            int j = layout.nseq + i;
            hidden[i] = j < values.length ? values[j] : PyNone.NONE;
        }
        return new Value(t, visible, hidden);
    }

    // CPython: Objects/structseq.c structseq_new_impl
    private static PyObject construct(PyType t, Layout layout, PyObject[] args, PyTuple kw) {
        PyObject[] a = Args.parse(t.name(), args, 1, kw, new String[] {"sequence", "dict"}, 1, 2);
        PyObject[] seq = Abstract.toArray(a[0]);
        int min = layout.nseq, max = layout.names.length, n = seq.length;
        String name = t.name();
        if (n < min) {
            throw Errors.typeError(name + "() takes " + (min == max ? "a " : "an at least ") + min + "-sequence (" + n + "-sequence given)");
        }
        if (n > max) {
            throw Errors.typeError(name + "() takes " + (min == max ? "a " : "an at most ") + max + "-sequence (" + n + "-sequence given)");
        }
        PyObject[] all = new PyObject[max];
        System.arraycopy(seq, 0, all, 0, n);
        PyObject dict = a[1] == null ? PyNone.NONE : a[1];
        for (int i = n; i < max; i++) {
            PyObject v = null;
            if (dict instanceof PyDict d && layout.names[i] != null) v = d.get(PyStr.of(layout.names[i]));
            all[i] = v == null ? PyNone.NONE : v;
        }
        return of(t, all);
    }

    // CPython: Objects/structseq.c structseq_repr (the names of the named fields, in order, label the visible values)
    private static String reprOf(Value v) {
        Layout layout = LAYOUTS.get(v.type());
        StringBuilder sb = new StringBuilder(v.type().name()).append('(');
        int k = 0;
        for (int i = 0; i < v.items.length; i++) {
            while (k < layout.names.length && layout.names[k] == null) k++;
            if (i > 0) sb.append(", ");
            sb.append(k < layout.names.length ? layout.names[k] : "?").append('=').append(Abstract.repr(v.items[i]).value());
            k++;
        }
        return sb.append(')').toString();
    }
}
