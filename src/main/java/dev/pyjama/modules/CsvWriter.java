package dev.pyjama.modules;

import static dev.pyjama.modules.CsvDialect.NOT_SET;
import static dev.pyjama.modules.CsvDialect.QUOTE_ALL;
import static dev.pyjama.modules.CsvDialect.QUOTE_NONE;
import static dev.pyjama.modules.CsvDialect.QUOTE_NONNUMERIC;
import static dev.pyjama.modules.CsvDialect.QUOTE_NOTNULL;
import static dev.pyjama.modules.CsvDialect.QUOTE_STRINGS;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.Derived;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyComplex;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyType;

/**
 * {@code _csv.writer}: joins a row's fields into one line with the dialect's quoting and
 * escaping, and passes it to the file's {@code write}, whose result {@code writerow} returns.
 */
// CPython: Modules/_csv.c WriterObj, csv_writerow, csv_writerows, join_append, join_append_data
final class CsvWriter {
    private CsvWriter() {}

    static final class Writer extends PyObject implements Derived {
        private PyType type;
        private PyDict dict;
        final CsvModule.State st;
        final PyObject write;
        final CsvDialect.Dialect dialect;
        /** The record being joined, as code points (a str with lone surrogates keeps them apart). */
        int[] rec = new int[256];
        int recLen;
        int numFields;

        Writer(CsvModule.State st, PyObject write, CsvDialect.Dialect dialect) {
            this.type = st.writerType;
            this.st = st;
            this.write = write;
            this.dialect = dialect;
        }

        @Override public PyType type() { return type; }
        @Override public PyDict dict() { return dict; }
        @Override public void setDict(PyDict d) { dict = d; }
        @Override public void setType(PyType t) { type = t; }

        @Override
        public String repr() {
            return "<" + type.name() + " object at 0x" + dev.pyjama.objects.PyHash.addressHex(this) + ">";
        }

        void add(int c) {
            if (recLen == rec.length) rec = java.util.Arrays.copyOf(rec, rec.length * 2);
            rec[recLen++] = c;
        }
    }

    static PyType makeType() {
        PyType t = PyType.builtin("_csv.writer", null);
        Derived.SELF_DERIVED.put(t, Writer.class);
        CsvReader.noInstances(t);
        CsvReader.noPickling(t);
        WeakrefModule.NO_WEAKREFS.add(t);
        t.dict.put("__module__", PyStr.of("_csv"));
        t.dict.put("__doc__", PyStr.of("CSV writer\n\nWriter objects are responsible for generating tabular data\n"
                + "in CSV format from sequence input.\n"));
        methodO(t, "writerow", (self, row) -> writerow((Writer) self, row));
        // CPython: Modules/_csv.c csv_writerows
        methodO(t, "writerows", (self, rows) -> {
            PyObject it = Abstract.iter(rows);
            for (PyObject row = Abstract.next(it); row != null; row = Abstract.next(it)) writerow((Writer) self, row);
            return PyNone.NONE;
        });
        CsvReader.readonly(t, "dialect", self -> ((Writer) self).dialect);
        return t;
    }

    /** METH_O, named as CPython names a heap type's method in messages: "writer.writerow()". */
    private static void methodO(PyType t, String name, BuiltinTypes.F1 f) {
        String q = t.qualname + "." + name;
        BuiltinTypes.put(t, name, (a, kw) -> {
            Args.noKw(q, kw);
            if (a.length != 2) throw Errors.typeError(q + "() takes exactly one argument (" + (a.length - 1) + " given)");
            return f.call(a[0], a[1]);
        }).fast2 = f;
    }

    static PyObject create(CsvModule.State st, PyObject write, PyObject dialect) {
        return new Writer(st, write, (CsvDialect.Dialect) dialect);
    }

    // CPython: Modules/_csv.c csv_writerow
    private static PyObject writerow(Writer w, PyObject seq) {
        CsvDialect.Dialect d = w.dialect;
        PyObject it;
        try {
            it = Abstract.iter(seq);
        } catch (PyException e) {
            if (e.value().type().isSubtype(ExceptionTypes.TYPE_ERROR)) throw w.st.error("iterable expected, not " + seq.typeName());
            throw e;
        }
        w.recLen = 0;
        w.numFields = 0;
        boolean nullField = false;
        for (PyObject field = Abstract.next(it); field != null; field = Abstract.next(it)) {
            boolean quoted = switch (d.quoting) {
                case QUOTE_NONNUMERIC -> !Abstract.isNumber(field);
                case QUOTE_ALL -> true;
                case QUOTE_STRINGS -> field instanceof PyStr;
                case QUOTE_NOTNULL -> field != PyNone.NONE;
                default -> false;
            };
            nullField = field == PyNone.NONE;
            if (field instanceof PyStr s) joinAppend(w, s, quoted);
            else if (nullField) joinAppend(w, null, quoted);
            else joinAppend(w, Abstract.str(field), quoted);
        }
        if (w.numFields > 0 && w.recLen == 0) {
            if (d.quoting == QUOTE_NONE || (nullField && (d.quoting == QUOTE_STRINGS || d.quoting == QUOTE_NOTNULL))) {
                throw w.st.error("single empty field record must be quoted");
            }
            w.numFields--;
            joinAppend(w, null, true);
        }
        for (int c : d.terminator) w.add(c);
        PyStr line = PyStr.ofCodePoints(w.rec, w.recLen);
        return Abstract.call(w.write, line);
    }

    // CPython: Modules/_csv.c join_append
    private static void joinAppend(Writer w, PyStr field, boolean quoted) {
        CsvDialect.Dialect d = w.dialect;
        int[] cps = field == null ? new int[0] : field.codePoints();
        if (cps.length == 0 && d.delimiter == ' ' && d.skipinitialspace) {
            if (d.quoting == QUOTE_NONE || (field == null && (d.quoting == QUOTE_STRINGS || d.quoting == QUOTE_NOTNULL))) {
                throw w.st.error("empty field must be quoted if delimiter is a space and skipinitialspace is true");
            }
            quoted = true;
        }
        // a first pass decides whether the field needs quotes (and raises before anything is written)
        quoted = appendData(w, cps, quoted, false);
        appendData(w, cps, quoted, true);
        w.numFields++;
    }

    // CPython: Modules/_csv.c join_append_data (copy_phase false: only decides the quoting)
    private static boolean appendData(Writer w, int[] cps, boolean quoted, boolean copy) {
        CsvDialect.Dialect d = w.dialect;
        if (copy && w.numFields > 0) w.add(d.delimiter);
        if (copy && quoted) w.add(d.quotechar);
        for (int c : cps) {
            boolean wantEscape = false;
            if (c == d.delimiter || c == d.escapechar || c == d.quotechar || c == '\n' || c == '\r' || d.inTerminator(c)) {
                if (d.quoting == QUOTE_NONE) {
                    wantEscape = true;
                } else {
                    if (c == d.quotechar) {
                        if (d.doublequote) {
                            if (copy) w.add(d.quotechar);
                        } else {
                            wantEscape = true;
                        }
                    } else if (c == d.escapechar) {
                        wantEscape = true;
                    }
                    if (!wantEscape) quoted = true;
                }
                if (wantEscape) {
                    if (d.escapechar == NOT_SET) throw w.st.error("need to escape, but no escapechar set");
                    if (copy) w.add(d.escapechar);
                }
            }
            if (copy) w.add(c);
        }
        if (copy && quoted) w.add(d.quotechar);
        return quoted;
    }
}
