package dev.pyjama.interp;

import dev.pyjama.code.LineTable;
import dev.pyjama.code.PyCode;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.List;

/** What dis.py reads of a code object beyond its plain fields: co_lines(), co_positions(), the raw tables. */
// CPython: Objects/codeobject.c code_linesiterator, code_positionsiterator, code__varname_from_oparg, code_getcodeadaptive
final class CodeMethods {
    private CodeMethods() {}

    private static void getset(PyType t, String name, dev.pyjama.objects.PyGetSet.Getter g) {
        BuiltinTypes.getset(t, name, g, null);
    }

    private static PyObject opt(int v) {
        return v < 0 ? PyNone.NONE : PyInt.of(v);
    }

    static void install(PyType ct) {
        BuiltinTypes.slot0(ct, "__repr__", self -> PyStr.of(self.repr()));
        getset(ct, "co_linetable", self -> new PyBytes(((PyCode) self).linetable.clone()));
        getset(ct, "co_exceptiontable", self -> new PyBytes(((PyCode) self).exceptiontable.clone()));
        getset(ct, "_co_code_adaptive", self -> new PyBytes(((PyCode) self).code.clone()));
        BuiltinTypes.put(ct, "co_lines", (a, kw) -> {
            Args.checkPositional("co_lines", a.length - 1, 0, 0);
            List<PyObject> out = new ArrayList<>();
            for (LineTable.LineRange r : LineTable.lines((PyCode) a[0])) {
                out.add(PyTuple.of(PyInt.of(r.start()), PyInt.of(r.end()), opt(r.line())));
            }
            return Abstract.iter(new dev.pyjama.objects.PyList(out));
        });
        BuiltinTypes.put(ct, "co_positions", (a, kw) -> {
            Args.checkPositional("co_positions", a.length - 1, 0, 0);
            List<PyObject> out = new ArrayList<>();
            for (LineTable.Position p : LineTable.positions((PyCode) a[0])) {
                out.add(PyTuple.of(opt(p.line()), opt(p.endLine()), opt(p.column()), opt(p.endColumn())));
            }
            return Abstract.iter(new dev.pyjama.objects.PyList(out));
        });
        BuiltinTypes.put(ct, "_varname_from_oparg", (a, kw) -> {
            PyObject[] p = Args.parse("_varname_from_oparg", a, 1, kw, new String[] {"oparg"}, 1, 1);
            PyCode co = (PyCode) a[0];
            long i = ((PyInt) Abstract.index(p[0])).longValue();
            if (i < 0 || i >= co.localsplusnames.length) throw Errors.indexError("tuple index out of range");
            return PyStr.of(co.localsplusnames[(int) i]);
        });
    }
}
