package dev.pyjama.interp;

import dev.pyjama.code.LineTable;
import dev.pyjama.code.PyCode;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code code.co_lines()} and {@code code.co_positions()}, the location iterators that
 * inspect (stack, getframeinfo, tracebacks of frames) reads; both decode the location table
 * with {@link LineTable}.
 */
// CPython: Objects/codeobject.c code_linesiterator, code_positionsiterator
final class CodeIntrospection {
    private CodeIntrospection() {}

    static void install() {
        PyType ct = PyCode.TYPE;
        BuiltinTypes.noargs(ct, "co_lines", self -> {
            List<PyObject> out = new ArrayList<>();
            for (LineTable.LineRange r : LineTable.lines((PyCode) self)) {
                out.add(PyTuple.of(PyInt.of(r.start()), PyInt.of(r.end()), orNone(r.line())));
            }
            return Abstract.iter(new PyList(out));
        });
        BuiltinTypes.noargs(ct, "co_positions", self -> {
            List<PyObject> out = new ArrayList<>();
            for (LineTable.Position p : LineTable.positions((PyCode) self)) {
                out.add(PyTuple.of(orNone(p.line()), orNone(p.endLine()), orNone(p.column()), orNone(p.endColumn())));
            }
            return Abstract.iter(new PyList(out));
        });
    }

    private static PyObject orNone(int v) {
        return v < 0 ? PyNone.NONE : PyInt.of(v);
    }
}
