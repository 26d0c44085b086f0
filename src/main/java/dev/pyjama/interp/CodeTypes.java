package dev.pyjama.interp;

import dev.pyjama.code.CodeObjects;
import dev.pyjama.code.PyCode;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyCell;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyHash;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyNotImplemented;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTraceback;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;

/**
 * The constructors and comparisons of the interpreter's internal types as the types module
 * exposes them: {@code types.CodeType(...)} and code equality/hash, {@code types.CellType}
 * with cells compared by contents, {@code types.TracebackType(...)}.
 */
// CPython: Objects/codeobject.c code_new_impl, code_richcompare, code_hash; Objects/cellobject.c
// cell_new, cell_richcompare, cell_repr; Python/traceback.c tb_new_impl
final class CodeTypes {
    private CodeTypes() {}

    static void install() {
        PyType ct = PyCode.TYPE;
        BuiltinTypes.newMethod(ct, (a, kw) -> codeNew(a, kw));
        BuiltinTypes.slot1(ct, "__eq__", (self, o) -> o instanceof PyCode oc ? PyBool.of(CodeObjects.equal((PyCode) self, oc))
                : PyNotImplemented.NOT_IMPLEMENTED);
        BuiltinTypes.slot1(ct, "__ne__", (self, o) -> o instanceof PyCode oc ? PyBool.of(!CodeObjects.equal((PyCode) self, oc))
                : PyNotImplemented.NOT_IMPLEMENTED);
        BuiltinTypes.slot0(ct, "__hash__", self -> PyInt.of(CodeObjects.hash((PyCode) self)));

        PyType cell = PyCell.TYPE;
        BuiltinTypes.newMethod(cell, (a, kw) -> {
            if (kw != null && kw.items.length > 0) throw Errors.typeError("cell() takes no keyword arguments");
            if (a.length > 2) throw Errors.typeError("cell expected at most 1 argument, got " + (a.length - 1));
            return new PyCell(a.length == 2 ? a[1] : null);
        });
        // CPython: Objects/cellobject.c cell_richcompare: by contents, an empty cell before any other
        String[] ops = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        int[] codes = {Abstract.LT, Abstract.LE, Abstract.EQ, Abstract.NE, Abstract.GT, Abstract.GE};
        for (int i = 0; i < ops.length; i++) {
            int op = codes[i];
            BuiltinTypes.slot1(cell, ops[i], (self, o) -> {
                if (!(o instanceof PyCell oc)) return PyNotImplemented.NOT_IMPLEMENTED;
                PyObject x = ((PyCell) self).ref, y = oc.ref;
                if (x != null && y != null) return Abstract.richCompare(x, y, op);
                // Py_RETURN_RICHCOMPARE(b == NULL, a == NULL, op): a filled cell is "1", an empty one "0"
                int l = y == null ? 1 : 0, r = x == null ? 1 : 0;
                boolean res = switch (op) {
                    case Abstract.LT -> l < r;
                    case Abstract.LE -> l <= r;
                    case Abstract.EQ -> l == r;
                    case Abstract.NE -> l != r;
                    case Abstract.GT -> l > r;
                    default -> l >= r;
                };
                return PyBool.of(res);
            });
        }
        cell.dict.put("__hash__", PyNone.NONE);
        BuiltinTypes.slot0(cell, "__repr__", self -> PyStr.of(self.repr()));
        BuiltinTypes.newMethod(PyTraceback.TYPE, (a, kw) -> tracebackNew(a, kw));
    }

    private static final String[] CODE_ARGS = {"argcount", "posonlyargcount", "kwonlyargcount", "nlocals", "stacksize",
        "flags", "codestring", "constants", "names", "varnames", "filename", "name", "qualname", "firstlineno",
        "linetable", "exceptiontable", "freevars", "cellvars"};

    /** {@code code(argcount, ..., exceptiontable, freevars=(), cellvars=(), /)}. */
    // CPython: Objects/codeobject.c code_new (clinic) and code_new_impl
    private static PyObject codeNew(PyObject[] a, PyTuple kw) {
        if (kw != null && kw.items.length > 0) throw Errors.typeError("code() takes no keyword arguments");
        int n = a.length - 1;
        if (n < 16) throw Errors.typeError("code expected at least 16 arguments, got " + n);
        if (n > 18) throw Errors.typeError("code expected at most 18 arguments, got " + n);
        int[] ints = new int[6];
        for (int i = 0; i < 6; i++) ints[i] = Interpreter.cInt(a[1 + i]);
        PyObject code = typed(a[7], 7, PyBytes.class, "bytes");
        PyObject consts = typed(a[8], 8, PyTuple.class, "tuple");
        PyTuple names = (PyTuple) typed(a[9], 9, PyTuple.class, "tuple");
        PyTuple varnames = (PyTuple) typed(a[10], 10, PyTuple.class, "tuple");
        PyObject filename = typed(a[11], 11, PyStr.class, "str");
        PyObject name = typed(a[12], 12, PyStr.class, "str");
        PyObject qualname = typed(a[13], 13, PyStr.class, "str");
        int firstlineno = Interpreter.cInt(a[14]);
        PyObject linetable = typed(a[15], 15, PyBytes.class, "bytes");
        PyObject exceptiontable = typed(a[16], 16, PyBytes.class, "bytes");
        PyTuple freevars = n > 16 ? (PyTuple) typed(a[17], 17, PyTuple.class, "tuple") : PyTuple.EMPTY;
        PyTuple cellvars = n > 17 ? (PyTuple) typed(a[18], 18, PyTuple.class, "tuple") : PyTuple.EMPTY;
        dev.pyjama.modules.Audit.fire("code.__new__", code, filename, name, PyInt.of(ints[0]), PyInt.of(ints[1]),
                PyInt.of(ints[2]), PyInt.of(ints[3]), PyInt.of(ints[4]), PyInt.of(ints[5]));
        String[] what = {"argcount", "posonlyargcount", "kwonlyargcount", "nlocals"};
        for (int i = 0; i < 4; i++) {
            if (ints[i] < 0) throw Errors.valueError("code: " + what[i] + " must not be negative");
        }
        for (PyTuple t : new PyTuple[] {names, varnames, freevars, cellvars}) nameTuple(t);
        return CodeObjects.create(ints[0], ints[1], ints[2], ints[3], ints[4], ints[5], code, consts, names, varnames,
                freevars, cellvars, filename, name, qualname, firstlineno, linetable, exceptiontable);
    }

    /** Clinic's check of an argument's exact type ("code() argument 7 must be bytes, not str"). */
    private static PyObject typed(PyObject v, int pos, Class<?> cls, String what) {
        boolean ok = cls == PyStr.class ? v instanceof PyStr : cls == PyTuple.class ? v instanceof PyTuple : v instanceof PyBytes;
        if (!ok) throw Errors.typeError("code() argument " + pos + " must be " + what + ", not " + clinicName(v));
        return v;
    }

    /** How _PyArg_BadArgument names a wrong argument: None, else its type. */
    private static String clinicName(PyObject v) {
        return v == PyNone.NONE ? "None" : v.typeName();
    }

    // CPython: Objects/codeobject.c validate_and_copy_tuple
    static void nameTuple(PyTuple t) {
        for (PyObject o : t.items) {
            if (!(o instanceof PyStr)) throw Errors.typeError("name tuples must contain only strings, not '" + o.typeName() + "'");
        }
    }

    /** {@code traceback(tb_next, tb_frame, tb_lasti, tb_lineno)}. */
    // CPython: Python/traceback.c tb_new (clinic) and tb_new_impl
    private static PyObject tracebackNew(PyObject[] a, PyTuple kw) {
        PyObject[] p = Args.parse("traceback", a, 1, kw, new String[] {"tb_next", "tb_frame", "tb_lasti", "tb_lineno"}, 4, 4);
        if (!(p[1] instanceof PyFrame frame)) {
            throw Errors.typeError("traceback() argument 'tb_frame' must be frame, not " + clinicName(p[1]));
        }
        int lasti = Interpreter.cInt(p[2]);
        int lineno = Interpreter.cInt(p[3]);
        PyObject next = p[0];
        if (next != PyNone.NONE && !(next instanceof PyTraceback)) {
            throw Errors.typeError("expected traceback object or None, got '" + next.typeName() + "'");
        }
        PyTraceback tb = new PyTraceback(next == PyNone.NONE ? null : (PyTraceback) next, frame, lasti / 2);
        tb.givenLineno = lineno;
        return tb;
    }
}
