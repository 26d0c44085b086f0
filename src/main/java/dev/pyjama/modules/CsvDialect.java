package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.Derived;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyGetSet;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;

/**
 * {@code _csv.Dialect}: the validated, immutable set of options a reader or writer works with.
 * Made from another dialect (a registered name, a Dialect, or any object whose attributes are
 * read) and keyword overrides, with CPython's type checks and messages.
 */
// CPython: Modules/_csv.c dialect_new, _set_bool, _set_int, _set_char, _set_char_or_none, _set_str, dialect_check_char
final class CsvDialect {
    private CsvDialect() {}

    /** A character option that is None ({@code NOT_SET} in _csv.c). */
    static final int NOT_SET = -1;

    static final int QUOTE_MINIMAL = 0, QUOTE_ALL = 1, QUOTE_NONNUMERIC = 2, QUOTE_NONE = 3, QUOTE_STRINGS = 4,
            QUOTE_NOTNULL = 5;

    static final String[] QUOTE_NAMES = {"QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS",
        "QUOTE_NOTNULL"};

    private static final String[] KEYWORDS = {"dialect", "delimiter", "doublequote", "escapechar", "lineterminator",
        "quotechar", "quoting", "skipinitialspace", "strict"};

    static final class Dialect extends PyObject implements Derived {
        private PyType type;
        private PyDict dict;
        boolean doublequote, skipinitialspace, strict;
        int quoting;
        int delimiter, quotechar, escapechar;
        PyStr lineterminator;
        /** The line terminator's code points, searched for every character a writer writes. */
        int[] terminator;

        Dialect(PyType type) {
            this.type = type;
        }

        @Override public PyType type() { return type; }
        @Override public PyDict dict() { return dict; }
        @Override public void setDict(PyDict d) { dict = d; }
        @Override public void setType(PyType t) { type = t; }

        @Override
        public String repr() {
            return "<" + type.name() + " object at 0x" + dev.pyjama.objects.PyHash.addressHex(this) + ">";
        }

        boolean inTerminator(int c) {
            for (int t : terminator) {
                if (t == c) return true;
            }
            return false;
        }
    }

    /** The type {@code _csv.Dialect} of one {@code _csv} module (each module has its own, as CPython's heap types). */
    static PyType makeType(CsvModule.State st) {
        PyType t = PyType.builtin("_csv.Dialect", null);
        Derived.SELF_DERIVED.put(t, Dialect.class);
        WeakrefModule.NO_WEAKREFS.add(t);
        t.dict.put("__module__", PyStr.of("_csv"));
        t.dict.put("__doc__", PyStr.of("CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n"));
        // type.__call__ finds this __new__; a subclass's call reaches it through the MRO
        t.dict.put("__new__", new PyBuiltinFunction("__new__", t, t, (a, kw) -> newDialect(st, t, a, kw)));
        PyBuiltinFunction.Impl reduce = (a, kw) -> {
            throw Errors.typeError("cannot pickle '" + a[0].type().qualname + "' instances");
        };
        BuiltinTypes.put(t, "__reduce__", reduce);
        BuiltinTypes.put(t, "__reduce_ex__", reduce);
        member(t, "skipinitialspace", d -> PyBool.of(d.skipinitialspace));
        member(t, "doublequote", d -> PyBool.of(d.doublequote));
        member(t, "strict", d -> PyBool.of(d.strict));
        BuiltinTypes.getter(t, "delimiter", self -> charOrNone(((Dialect) self).delimiter));
        BuiltinTypes.getter(t, "escapechar", self -> charOrNone(((Dialect) self).escapechar));
        BuiltinTypes.getter(t, "lineterminator", self -> ((Dialect) self).lineterminator);
        BuiltinTypes.getter(t, "quotechar", self -> charOrNone(((Dialect) self).quotechar));
        BuiltinTypes.getter(t, "quoting", self -> PyInt.of(((Dialect) self).quoting));
        return t;
    }

    private interface BoolField {
        PyObject get(Dialect d);
    }

    /** A read-only member ({@code Py_T_BOOL, Py_READONLY}): "readonly attribute" on assignment. */
    private static void member(PyType t, String name, BoolField f) {
        PyGetSet gs = new PyGetSet(name, t, self -> f.get((Dialect) self), (self, v) -> {
            throw Errors.attributeError("readonly attribute");
        });
        gs.member = true;
        t.dict.put(name, gs);
    }

    private static PyObject charOrNone(int c) {
        return c == NOT_SET ? PyNone.NONE : PyStr.of(new String(Character.toChars(c)));
    }

    // CPython: Modules/_csv.c dialect_new (PyArg_ParseTupleAndKeywords "|OOOOOOOOO" without a function name)
    private static PyObject newDialect(CsvModule.State st, PyType owner, PyObject[] a, PyTuple kwnames) {
        if (a.length < 2) throw Errors.typeError(owner.name() + ".__new__(): not enough arguments");
        if (!(a[1] instanceof PyType cls)) {
            throw Errors.typeError(owner.name() + ".__new__(X): X is not a type object (" + a[1].typeName() + ")");
        }
        if (!cls.isSubtype(owner)) {
            throw Errors.typeError(owner.name() + ".__new__(" + cls.name() + "): " + cls.name() + " is not a subtype of "
                    + owner.name());
        }
        int nkw = kwnames == null ? 0 : kwnames.items.length;
        int npos = a.length - 2 - nkw;
        if (npos + nkw > KEYWORDS.length) {
            throw Errors.typeError("function takes at most " + KEYWORDS.length + " arguments (" + (npos + nkw) + " given)");
        }
        PyObject[] v = new PyObject[KEYWORDS.length];
        System.arraycopy(a, 2, v, 0, npos);
        for (int k = 0; k < nkw; k++) {
            String key = ((PyStr) kwnames.items[k]).value();
            int i = java.util.Arrays.asList(KEYWORDS).indexOf(key);
            if (i < 0) throw Errors.typeError("this function got an unexpected keyword argument '" + key + "'");
            if (i < npos) {
                throw Errors.typeError("argument for function given by name ('" + key + "') and position (" + (i + 1) + ")");
            }
            v[i] = a[a.length - nkw + k];
        }
        return make(st, owner, cls, v);
    }

    /** The dialect from the parsed arguments ({@code v} in KEYWORDS' order, null when not given). */
    private static PyObject make(CsvModule.State st, PyType owner, PyType cls, PyObject[] v) {
        PyObject dialect = v[0];
        if (dialect != null) {
            if (dialect instanceof PyStr) dialect = st.lookup(dialect);
            // an existing dialect and no overrides: the same object (whatever class was called)
            boolean overrides = false;
            for (int i = 1; i < v.length; i++) overrides |= v[i] != null;
            if (!overrides && dialect instanceof Dialect && dialect.type().isSubtype(owner)) return dialect;
            for (int i = 1; i < v.length; i++) {
                if (v[i] == null) v[i] = attrOrNull(dialect, KEYWORDS[i]);
            }
        }
        Dialect d = new Dialect(owner);
        d.delimiter = setChar("delimiter", v[1], ',');
        d.doublequote = setBool(v[2], true);
        d.escapechar = setCharOrNone("escapechar", v[3], NOT_SET);
        d.lineterminator = setStr("lineterminator", v[4]);
        d.quotechar = setCharOrNone("quotechar", v[5], '"');
        d.quoting = setInt("quoting", v[6], QUOTE_MINIMAL);
        d.skipinitialspace = setBool(v[7], false);
        d.strict = setBool(v[8], false);
        // CPython: Modules/_csv.c dialect_new, "validate options"
        if (d.quoting < QUOTE_MINIMAL || d.quoting > QUOTE_NOTNULL) throw Errors.typeError("bad \"quoting\" value");
        if (d.delimiter == NOT_SET) throw Errors.typeError("\"delimiter\" must be a 1-character string");
        if (v[5] == PyNone.NONE && v[6] == null) d.quoting = QUOTE_NONE;
        if (d.quoting != QUOTE_NONE && d.quotechar == NOT_SET) throw Errors.typeError("quotechar must be set if quoting enabled");
        if (d.lineterminator == null) throw Errors.typeError("lineterminator must be set");
        d.terminator = d.lineterminator.codePoints();
        checkChar("delimiter", d.delimiter, d, true);
        checkChar("escapechar", d.escapechar, d, !d.skipinitialspace);
        checkChar("quotechar", d.quotechar, d, !d.skipinitialspace);
        checkChars("delimiter", "escapechar", d.delimiter, d.escapechar);
        checkChars("delimiter", "quotechar", d.delimiter, d.quotechar);
        checkChars("escapechar", "quotechar", d.escapechar, d.quotechar);
        if (cls != owner && cls.heap) return Derived.wrap(d, cls);
        return d;
    }

    /** {@code dialect.name}, or null when reading it raises anything (DIALECT_GETATTR clears every error). */
    private static PyObject attrOrNull(PyObject dialect, String name) {
        try {
            return Abstract.getattr(dialect, PyStr.of(name));
        } catch (PyException e) {
            return null;
        }
    }

    private static boolean setBool(PyObject src, boolean dflt) {
        return src == null ? dflt : Abstract.isTrue(src);
    }

    private static int setInt(String name, PyObject src, int dflt) {
        if (src == null) return dflt;
        if (src.getClass() != PyInt.class) throw Errors.typeError("\"" + name + "\" must be an integer");
        PyInt i = (PyInt) src;
        if (!i.fitsLong() || i.longValue() != (int) i.longValue()) {
            throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    private static int setChar(String name, PyObject src, int dflt) {
        if (src == null) return dflt;
        if (!(src instanceof PyStr s)) throw Errors.typeError("\"" + name + "\" must be string, not " + src.typeName());
        return oneChar(name, s);
    }

    private static int setCharOrNone(String name, PyObject src, int dflt) {
        if (src == null) return dflt;
        if (src == PyNone.NONE) return NOT_SET;
        if (!(src instanceof PyStr s)) throw Errors.typeError("\"" + name + "\" must be string or None, not " + src.typeName());
        return oneChar(name, s);
    }

    private static int oneChar(String name, PyStr s) {
        if (s.length() != 1) throw Errors.typeError("\"" + name + "\" must be a 1-character string");
        return s.codePoints()[0];
    }

    private static PyStr setStr(String name, PyObject src) {
        if (src == null) return PyStr.of("\r\n");
        if (src == PyNone.NONE) return null;
        if (!(src instanceof PyStr s)) throw Errors.typeError("\"" + name + "\" must be a string");
        return s;
    }

    // CPython: Modules/_csv.c dialect_check_char
    private static void checkChar(String name, int c, Dialect d, boolean allowSpace) {
        if (c == '\r' || c == '\n' || (c == ' ' && !allowSpace)) throw Errors.valueError("bad " + name + " value");
        if (c != NOT_SET && d.inTerminator(c)) throw Errors.valueError("bad " + name + " or lineterminator value");
    }

    // CPython: Modules/_csv.c dialect_check_chars
    private static void checkChars(String name1, String name2, int c1, int c2) {
        if (c1 == c2 && c1 != NOT_SET) throw Errors.valueError("bad " + name1 + " or " + name2 + " value");
    }
}
