package dev.pyjama.objects;

/**
 * One entry of an exception's {@code __traceback__}: the frame the exception passed through,
 * the instruction it was at ({@code tb_lasti}, in code units) and the next entry, towards
 * where it was raised.
 */
// CPython: Python/traceback.c PyTracebackObject
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", null);

    public PyTraceback next;
    public final PyFrame frame;
    /** The instruction index in code units (tb_lasti is twice this). */
    public final int lasti;

    public PyTraceback(PyTraceback next, PyFrame frame, int lasti) {
        this.next = next;
        this.frame = frame;
        this.lasti = lasti;
    }

    /** The line given to {@code types.TracebackType(...)}; -1: the instruction's line. */
    public int givenLineno = -1;

    /** {@code tb_lineno}: the line of the instruction (-1 when it has none). */
    public int lineno() {
        if (givenLineno != -1) return givenLineno;
        return dev.pyjama.code.LineTable.addr2Line(frame.code, lasti * 2);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<traceback object at 0x" + PyHash.addressHex(this) + ">";
    }
}
