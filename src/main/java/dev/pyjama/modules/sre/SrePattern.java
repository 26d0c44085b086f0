package dev.pyjama.modules.sre;

import static dev.pyjama.modules.sre.SreConstants.*;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyHash;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyNotImplemented;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code re.Pattern}: a compiled pattern, its code words, and the searches over a subject. */
// CPython: Modules/_sre/sre.c PatternObject, pattern_* and _sre_SRE_Pattern_*_impl
final class SrePattern extends PyObject {
    static final PyType TYPE = PyType.builtin("re.Pattern", null);
    private static final String[] STRING_POS_ENDPOS = {"string", "pos", "endpos"};

    final PyObject pattern;
    final int flags;
    final int[] code;
    final int groups;
    /** Null when the pattern has no named groups (as CPython's NULL). */
    final PyDict groupindex;
    final PyTuple indexgroup;
    /** 1 for bytes, 0 for str, -1 when the pattern is None. */
    final int isBytes;
    final SreModule module;

    SrePattern(SreModule module, PyObject pattern, int flags, int[] code, int groups, PyDict groupindex, PyTuple indexgroup,
            int isBytes) {
        this.module = module;
        this.pattern = pattern;
        this.flags = flags;
        this.code = code;
        this.groups = groups;
        this.groupindex = groupindex;
        this.indexgroup = indexgroup;
        this.isBytes = isBytes;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return repr(this).value();
    }

    /** A run over {@code string[pos:endpos]}, after CPython's type checks. */
    // CPython: Modules/_sre/sre.c state_init
    SreState state(PyObject string, long pos, long endpos) {
        SreSubject s = SreSubject.of(string);
        if (s.isBytes && isBytes == 0) throw Errors.typeError("cannot use a string pattern on a bytes-like object");
        if (!s.isBytes && isBytes > 0) throw Errors.typeError("cannot use a bytes pattern on a string-like object");
        return new SreState(code, s.text, s.isBytes, groups, pos, endpos);
    }

    /** The match a run ended with, or None. */
    // CPython: Modules/_sre/sre.c pattern_new_match
    PyObject newMatch(SreState st, PyObject string, int status) {
        if (status <= 0) return PyNone.NONE;
        int[] marks = new int[2 * (groups + 1)];
        marks[0] = st.start;
        marks[1] = st.ptr;
        for (int i = 0, j = 0; i < groups; i++, j += 2) {
            if (j + 1 <= st.lastmark && st.mark[j] >= 0 && st.mark[j + 1] >= 0) {
                marks[j + 2] = st.mark[j];
                marks[j + 3] = st.mark[j + 1];
                if (marks[j + 2] > marks[j + 3]) {
                    throw Errors.raise(ExceptionTypes.SYSTEM_ERROR,
                            "The span of capturing group is wrong, please report a bug for the re module.");
                }
            } else {
                marks[j + 2] = marks[j + 3] = -1;
            }
        }
        return new SreMatch(this, string, st.text, st.isBytes, marks, st.pos, st.endpos, st.lastindex);
    }

    static int run(SreState st, boolean search) {
        try {
            return search ? st.search() : st.match();
        } catch (SreMatcher.InternalError | IndexOutOfBoundsException | NegativeArraySizeException e) {
            // code that CPython's validator would have refused
            throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "internal error in regular expression engine");
        }
    }

    /** state_getslice: group {@code index} of the run, "" or None when it did not take part. */
    private static PyObject groupSlice(SreState st, int index, PyObject string, boolean empty) {
        int k = (index - 1) * 2;
        if (k >= st.lastmark || st.mark[k] < 0 || st.mark[k + 1] < 0) {
            return empty ? SreSubject.slice(st.isBytes, st.text, string, 0, 0) : PyNone.NONE;
        }
        int i = st.mark[k], j = st.mark[k + 1];
        if (i > j) {
            throw Errors.raise(ExceptionTypes.SYSTEM_ERROR,
                    "The span of capturing group is wrong, please report a bug for the re module.");
        }
        return SreSubject.slice(st.isBytes, st.text, string, i, j);
    }

    private static SrePattern self(PyObject o) {
        return (SrePattern) o;
    }

    // CPython: Modules/_sre/sre.c _sre_SRE_Pattern_findall_impl
    PyObject findall(PyObject string, long pos, long endpos) {
        SreState st = state(string, pos, endpos);
        List<PyObject> list = new ArrayList<>();
        while (st.start <= st.end) {
            st.reset();
            st.ptr = st.start;
            if (run(st, true) == 0) break;
            PyObject item;
            if (groups == 0) {
                item = SreSubject.slice(st.isBytes, st.text, string, st.start, st.ptr);
            } else if (groups == 1) {
                item = groupSlice(st, 1, string, true);
            } else {
                PyObject[] t = new PyObject[groups];
                for (int i = 0; i < groups; i++) t[i] = groupSlice(st, i + 1, string, true);
                item = new PyTuple(t);
            }
            list.add(item);
            st.mustAdvance = st.ptr == st.start;
            st.start = st.ptr;
        }
        return new PyList(list);
    }

    // CPython: Modules/_sre/sre.c _sre_SRE_Pattern_split_impl
    PyObject split(PyObject string, long maxsplit) {
        SreState st = state(string, 0, Long.MAX_VALUE);
        List<PyObject> list = new ArrayList<>();
        long n = 0;
        int last = st.start;
        while (maxsplit == 0 || n < maxsplit) {
            st.reset();
            st.ptr = st.start;
            if (run(st, true) == 0) break;
            list.add(SreSubject.slice(st.isBytes, st.text, string, last, st.start));
            for (int i = 0; i < groups; i++) list.add(groupSlice(st, i + 1, string, false));
            n++;
            st.mustAdvance = st.ptr == st.start;
            last = st.start = st.ptr;
        }
        list.add(SreSubject.slice(st.isBytes, st.text, string, last, st.endpos));
        return new PyList(list);
    }

    // CPython: Modules/_sre/sre.c pattern_subx
    PyObject subx(PyObject repl, PyObject string, long count, boolean subn) {
        PyObject filter;
        int kind; // 0 literal, 1 template, 2 callable
        if (Abstract.isCallable(repl)) {
            filter = repl;
            kind = 2;
        } else {
            SreSubject r = SreSubject.tryOf(repl);
            boolean literal = r != null && Arrays.stream(r.text).noneMatch(c -> c == '\\');
            if (literal) {
                filter = repl;
                kind = 0;
            } else {
                SreTemplate t = module.compileTemplate(this, repl);
                if (t.size() == 0) {
                    filter = t.literal;
                    kind = 0;
                } else {
                    filter = t;
                    kind = 1;
                }
            }
        }
        SreState st = state(string, 0, Long.MAX_VALUE);
        List<PyObject> list = new ArrayList<>();
        long n = 0;
        int i = 0;
        while (count == 0 || n < count) {
            st.reset();
            st.ptr = st.start;
            if (run(st, true) == 0) break;
            int b = st.start, e = st.ptr;
            if (i < b) list.add(SreSubject.slice(st.isBytes, st.text, string, i, b));
            PyObject item;
            if (kind != 0) {
                PyObject match = newMatch(st, string, 1);
                item = kind == 1 ? ((SreTemplate) filter).expand((SreMatch) match) : Abstract.call(filter, match);
            } else {
                item = filter;
            }
            if (item != PyNone.NONE) list.add(item);
            i = e;
            n++;
            st.mustAdvance = st.ptr == st.start;
            st.start = st.ptr;
        }
        if (i < st.endpos) list.add(SreSubject.slice(st.isBytes, st.text, string, i, st.endpos));
        PyObject joined = list.isEmpty() ? SreSubject.slice(st.isBytes, st.text, string, 0, 0) : SreModule.join(st.isBytes, list);
        return subn ? PyTuple.of(joined, PyInt.of(n)) : joined;
    }

    // CPython: Modules/_sre/sre.c pattern_repr
    static PyStr repr(SrePattern p) {
        String[] names = {"re.IGNORECASE", "re.LOCALE", "re.MULTILINE", "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};
        int[] values = {FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE, FLAG_DOTALL, FLAG_UNICODE, FLAG_VERBOSE, FLAG_DEBUG, FLAG_ASCII};
        int flags = p.flags;
        // re.UNICODE is the default of str patterns: not shown
        if (p.isBytes == 0 && (flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII)) == FLAG_UNICODE) flags &= ~FLAG_UNICODE;
        List<String> items = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if ((flags & values[i]) != 0) {
                items.add(names[i]);
                flags &= ~values[i];
            }
        }
        if (flags != 0) items.add("0x" + Integer.toHexString(flags));
        String r = SreModule.truncate(Abstract.repr(p.pattern).value(), 200);
        return PyStr.of(items.isEmpty() ? "re.compile(" + r + ")" : "re.compile(" + r + ", " + String.join("|", items) + ")");
    }

    // CPython: Modules/_sre/sre.c pattern_hash
    static long hash(SrePattern p) {
        long h = Abstract.hash(p.pattern);
        byte[] b = new byte[p.code.length * 4];
        for (int i = 0; i < p.code.length; i++) {
            int w = p.code[i];
            b[4 * i] = (byte) w;
            b[4 * i + 1] = (byte) (w >> 8);
            b[4 * i + 2] = (byte) (w >> 16);
            b[4 * i + 3] = (byte) (w >> 24);
        }
        h ^= PyHash.hash(new PyBytes(b));
        h ^= p.flags;
        h ^= p.isBytes;
        h ^= p.code.length;
        return h == -1 ? -2 : h;
    }

    // CPython: Modules/_sre/sre.c pattern_richcompare
    static PyObject richcompare(PyObject a, PyObject b, boolean eq) {
        if (!(b instanceof SrePattern right)) return PyNotImplemented.NOT_IMPLEMENTED;
        if (a == b) return PyBool.of(eq);
        SrePattern left = (SrePattern) a;
        boolean cmp = left.flags == right.flags && left.isBytes == right.isBytes && Arrays.equals(left.code, right.code);
        if (cmp) cmp = Abstract.richCompareBool(left.pattern, right.pattern, Abstract.EQ);
        return PyBool.of(cmp == eq);
    }

    static {
        PyType t = TYPE;
        t.disallowInstantiation = true;
        t.baseType = false;
        SreTypes.method(t, "match", STRING_POS_ENDPOS, 1, (self, a) -> searchOrMatch(self, a, 0));
        SreTypes.method(t, "fullmatch", STRING_POS_ENDPOS, 1, (self, a) -> searchOrMatch(self, a, 1));
        SreTypes.method(t, "search", STRING_POS_ENDPOS, 1, (self, a) -> searchOrMatch(self, a, 2));
        SreTypes.method(t, "sub", new String[] {"repl", "string", "count"}, 2,
                (self, a) -> self(self).subx(a[0], a[1], SreTypes.ssize(a[2], 0), false));
        SreTypes.method(t, "subn", new String[] {"repl", "string", "count"}, 2,
                (self, a) -> self(self).subx(a[0], a[1], SreTypes.ssize(a[2], 0), true));
        SreTypes.method(t, "findall", STRING_POS_ENDPOS, 1,
                (self, a) -> self(self).findall(a[0], SreTypes.ssize(a[1], 0), SreTypes.ssize(a[2], Long.MAX_VALUE)));
        SreTypes.method(t, "split", new String[] {"string", "maxsplit"}, 1,
                (self, a) -> self(self).split(a[0], SreTypes.ssize(a[1], 0)));
        SreTypes.method(t, "finditer", STRING_POS_ENDPOS, 1, (self, a) -> {
            SreScanner s = new SreScanner(self(self), a[0], SreTypes.ssize(a[1], 0), SreTypes.ssize(a[2], Long.MAX_VALUE));
            return self(self).module.callIter(Abstract.getattr(s, PyStr.of("search")), PyNone.NONE);
        });
        SreTypes.method(t, "scanner", STRING_POS_ENDPOS, 1,
                (self, a) -> new SreScanner(self(self), a[0], SreTypes.ssize(a[1], 0), SreTypes.ssize(a[2], Long.MAX_VALUE)));
        SreTypes.noargs(t, "__copy__", self -> self);
        SreTypes.positional(t, "__deepcopy__", 1, 1, (self, a) -> self);
        SreTypes.slot(t, "__repr__", 0, (self, a) -> repr(self(self)));
        SreTypes.slot(t, "__hash__", 0, (self, a) -> PyInt.of(hash(self(self))));
        SreTypes.slot(t, "__eq__", 1, (self, a) -> richcompare(self, a[0], true));
        SreTypes.slot(t, "__ne__", 1, (self, a) -> richcompare(self, a[0], false));
        for (String op : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            SreTypes.slot(t, op, 1, (self, a) -> PyNotImplemented.NOT_IMPLEMENTED);
        }
        SreModule.classGetitem(t);
        SreTypes.getter(t, "pattern", self -> self(self).pattern);
        SreTypes.getter(t, "flags", self -> PyInt.of(self(self).flags));
        SreTypes.getter(t, "groups", self -> PyInt.of(self(self).groups));
        SreTypes.getter(t, "groupindex", self -> {
            SrePattern p = self(self);
            return p.groupindex == null ? new PyDict() : SreModule.readOnly(p.groupindex);
        });
    }

    private static PyObject searchOrMatch(PyObject self, PyObject[] a, int mode) {
        SrePattern p = self(self);
        SreState st = p.state(a[0], SreTypes.ssize(a[1], 0), SreTypes.ssize(a[2], Long.MAX_VALUE));
        st.ptr = st.start;
        st.matchAll = mode == 1;
        return p.newMatch(st, a[0], run(st, mode == 2));
    }
}
