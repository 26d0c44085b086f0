package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;
import static dev.pyjama.modules.ModuleSupport.set;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.interp.Types;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;

/**
 * {@code _csv}: the reader and writer objects, dialects and their registry, under CPython's
 * pure-Python {@code csv.py}. Every import builds its own types, registry and field limit, as
 * CPython's module state does.
 */
// CPython: Modules/_csv.c csv_exec, csv_methods
public final class CsvModule {
    private CsvModule() {}

    /** What CPython keeps in {@code _csvstate}. */
    static final class State {
        final PyDict dialects = new PyDict();
        PyType error, dialectType, readerType, writerType;
        volatile long fieldLimit = 128 * 1024;

        // CPython: Modules/_csv.c get_dialect_from_registry
        PyObject lookup(PyObject name) {
            Abstract.hash(name); // an unhashable name raises TypeError, as PyDict_GetItemRef does
            PyObject d = dialects.get(name);
            if (d == null) throw error("unknown dialect");
            return d;
        }

        PyException error(String message) {
            return Errors.raise(error, message);
        }

        /** A Dialect from an optional dialect argument and keyword overrides. */
        // CPython: Modules/_csv.c _call_dialect
        PyObject callDialect(PyObject inst, PyObject[] kwvalues, PyTuple kwnames) {
            PyObject[] args = new PyObject[(inst == null ? 0 : 1) + kwvalues.length];
            if (inst != null) args[0] = inst;
            System.arraycopy(kwvalues, 0, args, inst == null ? 0 : 1, kwvalues.length);
            return Abstract.call(dialectType, args, kwnames);
        }
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_csv");
        State st = new State();
        set(m, "__doc__", PyStr.of("CSV parsing and writing.\n"));
        st.dialectType = CsvDialect.makeType(st);
        st.readerType = CsvReader.makeType();
        st.writerType = CsvWriter.makeType();
        set(m, "Dialect", st.dialectType);
        set(m, "Reader", st.readerType);
        set(m, "Writer", st.writerType);
        set(m, "_dialects", st.dialects);
        for (int q = 0; q < CsvDialect.QUOTE_NAMES.length; q++) set(m, CsvDialect.QUOTE_NAMES[q], q);
        st.error = errorClass();
        set(m, "Error", st.error);

        def(m, "reader", (a, kw) -> {
            PyObject[] pos = unpack(a, kw);
            PyObject it = Abstract.iter(pos[0]);
            return CsvReader.create(st, it, st.callDialect(pos[1], kwValues(a, kw), kw));
        });
        def(m, "writer", (a, kw) -> {
            PyObject[] pos = unpack(a, kw);
            PyObject write = Abstract.lookupAttr(pos[0], PyStr.intern("write"));
            if (write == null || !Abstract.isCallable(write)) throw Errors.typeError("argument 1 must have a \"write\" method");
            return CsvWriter.create(st, write, st.callDialect(pos[1], kwValues(a, kw), kw));
        });
        def(m, "register_dialect", (a, kw) -> {
            PyObject[] pos = unpack(a, kw);
            if (!(pos[0] instanceof PyStr)) throw Errors.typeError("dialect name must be a string");
            PyObject d = st.callDialect(pos[1], kwValues(a, kw), kw);
            st.dialects.put(pos[0], d);
            return PyNone.NONE;
        });
        def(m, "list_dialects", (a, kw) -> {
            Args.noKw("_csv.list_dialects", kw);
            if (a.length != 0) throw Errors.typeError("_csv.list_dialects() takes no arguments (" + a.length + " given)");
            return new PyList(new java.util.ArrayList<>(st.dialects.keys()));
        });
        def(m, "unregister_dialect", (a, kw) -> {
            PyObject name = Args.parse("unregister_dialect", a, 0, kw, new String[] {"name"}, 1, 1)[0];
            // PyDict_Pop: an empty dict answers "missing" before hashing the name
            PyObject removed = null;
            if (st.dialects.size() > 0) {
                Abstract.hash(name);
                removed = st.dialects.remove(name);
            }
            if (removed == null) throw st.error("unknown dialect");
            return PyNone.NONE;
        });
        def(m, "get_dialect", (a, kw) -> st.lookup(Args.parse("get_dialect", a, 0, kw, new String[] {"name"}, 1, 1)[0]));
        def(m, "field_size_limit", (a, kw) -> {
            PyObject limit = Args.parse("field_size_limit", a, 0, kw, new String[] {"new_limit"}, 0, 1)[0];
            long old = st.fieldLimit;
            if (limit != null) {
                if (limit.getClass() != PyInt.class) throw Errors.typeError("limit must be an integer");
                PyInt i = (PyInt) limit;
                if (!i.fitsLong()) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C long");
                st.fieldLimit = i.longValue();
            }
            return PyInt.of(old);
        });
        return m;
    }

    /** reader/writer/register_dialect's positional arguments: one, and an optional dialect (null when absent). */
    // CPython: Python/getargs.c PyArg_UnpackTuple(args, "", 1, 2, ...)
    private static PyObject[] unpack(PyObject[] a, PyTuple kw) {
        int npos = a.length - Args.nkw(kw);
        // the empty function name gives CPython's message its leading space
        Args.checkPositional("", npos, 1, 2);
        return new PyObject[] {a[0], npos > 1 ? a[1] : null};
    }

    private static PyObject[] kwValues(PyObject[] a, PyTuple kw) {
        int nkw = Args.nkw(kw);
        return java.util.Arrays.copyOfRange(a, a.length - nkw, a.length);
    }

    // CPython: Modules/_csv.c csv_exec (PyType_FromModuleAndSpec(error_spec) with Exception as base)
    private static PyType errorClass() {
        PyDict ns = new PyDict();
        ns.put(PyStr.of("__module__"), PyStr.of("_csv"));
        return Types.newType(PyType.TYPE, "Error", PyTuple.of(ExceptionTypes.EXCEPTION), ns);
    }
}
