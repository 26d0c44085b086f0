package dev.pyjama.modules.sre;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyByteArray;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;

/** {@code re.Match}: the spans of a successful match and its groups. */
// CPython: Modules/_sre/sre.c MatchObject, match_* and _sre_SRE_Match_*_impl
final class SreMatch extends PyObject {
    static final PyType TYPE = PyType.builtin("re.Match", null);

    final SrePattern pattern;
    final PyObject string;
    private final int[] text;
    private final boolean isBytes;
    /** Start and end of group 0, 1, ...; -1 for a group that did not take part. */
    final int[] mark;
    final int pos, endpos, lastindex;
    /** The number of groups, group 0 included. */
    final int groups;
    private PyObject regs;

    SreMatch(SrePattern pattern, PyObject string, int[] text, boolean isBytes, int[] mark, int pos, int endpos, int lastindex) {
        this.pattern = pattern;
        this.string = string;
        this.text = text;
        this.isBytes = isBytes;
        this.mark = mark;
        this.pos = pos;
        this.endpos = endpos;
        this.lastindex = lastindex;
        this.groups = pattern.groups + 1;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return Abstract.repr(this).value();
    }

    // CPython: Modules/_sre/sre.c match_getslice_by_index
    PyObject slice(int index, PyObject dflt) {
        int k = index * 2;
        if (string == PyNone.NONE || mark[k] < 0) return dflt;
        int[] t = text;
        // a bytearray may have changed since: CPython reads its buffer again
        if (string instanceof PyByteArray) t = SreSubject.of(string).text;
        int i = Math.min(mark[k], t.length), j = Math.min(mark[k + 1], t.length);
        return SreSubject.slice(isBytes, t, string, i, j);
    }

    // CPython: Modules/_sre/sre.c match_getindex
    int index(PyObject index) {
        if (index == null) return 0;
        long i = -1;
        if (index instanceof PyInt || index instanceof PyBool || index.type().lookup("__index__") != null) {
            i = Abstract.asSsize(index, null);
        } else if (pattern.groupindex != null) {
            PyObject v = pattern.groupindex.get(index);
            if (v instanceof PyInt n) i = n.fitsLong() ? n.longValue() : -1;
        }
        if (i < 0 || i >= groups) throw Errors.raise(ExceptionTypes.INDEX_ERROR, "no such group");
        return (int) i;
    }

    PyObject group(PyObject index, PyObject dflt) {
        return slice(index(index), dflt);
    }

    private static SreMatch self(PyObject o) {
        return (SreMatch) o;
    }

    private static PyObject dflt(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    static {
        PyType t = TYPE;
        t.disallowInstantiation = true;
        t.baseType = false;
        // CPython: Modules/_sre/sre.c match_group (METH_VARARGS)
        t.dict.put("group", new dev.pyjama.objects.PyBuiltinFunction("group", t, null, (args, kw) -> {
            if (kw != null && kw.items.length > 0) throw Errors.typeError("group() takes no keyword arguments");
            SreMatch m = self(args[0]);
            int n = args.length - 1;
            if (n == 0) return m.slice(0, PyNone.NONE);
            if (n == 1) return m.group(args[1], PyNone.NONE);
            PyObject[] r = new PyObject[n];
            for (int i = 0; i < n; i++) r[i] = m.group(args[i + 1], PyNone.NONE);
            return new PyTuple(r);
        }));
        SreTypes.slot(t, "__getitem__", 1, (self, a) -> self(self).group(a[0], PyNone.NONE));
        SreTypes.method(t, "groups", new String[] {"default"}, 0, (self, a) -> {
            SreMatch m = self(self);
            PyObject[] r = new PyObject[m.groups - 1];
            for (int i = 1; i < m.groups; i++) r[i - 1] = m.slice(i, dflt(a[0]));
            return new PyTuple(r);
        });
        SreTypes.method(t, "groupdict", new String[] {"default"}, 0, (self, a) -> {
            SreMatch m = self(self);
            PyDict d = new PyDict();
            if (m.pattern.groupindex == null) return d;
            for (PyObject key : m.pattern.groupindex.keys()) d.put(key, m.group(key, dflt(a[0])));
            return d;
        });
        SreTypes.positional(t, "start", 0, 1, (self, a) -> PyInt.of(self(self).mark[self(self).index(a[0]) * 2]));
        SreTypes.positional(t, "end", 0, 1, (self, a) -> PyInt.of(self(self).mark[self(self).index(a[0]) * 2 + 1]));
        SreTypes.positional(t, "span", 0, 1, (self, a) -> {
            SreMatch m = self(self);
            int i = m.index(a[0]);
            return SreTypes.pair(m.mark[2 * i], m.mark[2 * i + 1]);
        });
        SreTypes.method(t, "expand", new String[] {"template"}, 1, (self, a) -> {
            SreMatch m = self(self);
            return m.pattern.module.compileTemplate(m.pattern, a[0]).expand(m);
        });
        SreTypes.noargs(t, "__copy__", self -> self);
        SreTypes.positional(t, "__deepcopy__", 1, 1, (self, a) -> self);
        // CPython: Modules/_sre/sre.c match_repr
        SreTypes.slot(t, "__repr__", 0, (self, a) -> {
            SreMatch m = self(self);
            String g = SreModule.truncate(Abstract.repr(m.slice(0, PyNone.NONE)).value(), 50);
            return PyStr.of("<re.Match object; span=(" + m.mark[0] + ", " + m.mark[1] + "), match=" + g + ">");
        });
        SreModule.classGetitem(t);
        SreTypes.getter(t, "lastindex", self -> self(self).lastindex >= 0 ? PyInt.of(self(self).lastindex) : PyNone.NONE);
        SreTypes.getter(t, "lastgroup", self -> {
            SreMatch m = self(self);
            PyTuple ig = m.pattern.indexgroup;
            if (ig != null && m.lastindex >= 0 && m.lastindex < ig.items.length) return ig.items[m.lastindex];
            return PyNone.NONE;
        });
        SreTypes.getter(t, "regs", self -> {
            SreMatch m = self(self);
            if (m.regs == null) {
                PyObject[] r = new PyObject[m.groups];
                for (int i = 0; i < m.groups; i++) r[i] = SreTypes.pair(m.mark[2 * i], m.mark[2 * i + 1]);
                m.regs = new PyTuple(r);
            }
            return m.regs;
        });
        SreTypes.getter(t, "string", self -> self(self).string);
        SreTypes.getter(t, "re", self -> self(self).pattern);
        SreTypes.getter(t, "pos", self -> PyInt.of(self(self).pos));
        SreTypes.getter(t, "endpos", self -> PyInt.of(self(self).endpos));
    }
}
