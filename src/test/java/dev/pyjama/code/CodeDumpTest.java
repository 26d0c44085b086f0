package dev.pyjama.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyFrozenSet;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The dump shows every field: changing any single one of them changes the dump. */
class CodeDumpTest {

    /** The constructor's arguments, so that a test can change one at a time. */
    private static final class Fields {
        int argcount = 2, posonly = 1, kwonly = 1, stacksize = 4, flags = PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS,
            firstlineno = 3;
        byte[] code = {(byte) Opcode.RESUME, 0, (byte) Opcode.LOAD_FAST, 0, (byte) Opcode.LOAD_GLOBAL, 1, 0, 0, 0, 0, 0, 0, 0, 0,
                       (byte) Opcode.RETURN_VALUE, 0};
        PyObject[] consts = {PyNone.NONE, PyInt.of(1), PyStr.of("s"), PyTuple.of(PyFloat.of(1.5), PyBool.TRUE),
                             PyFrozenSet.of(PyStr.of("a"), PyStr.of("b")), new PyBytes(new byte[] {1})};
        String[] names = {"len", "print"};
        String[] lpNames = {"a", "b", "c", "d"};
        byte[] lpKinds = {PyCode.CO_FAST_LOCAL, PyCode.CO_FAST_LOCAL | PyCode.CO_FAST_CELL, PyCode.CO_FAST_LOCAL, PyCode.CO_FAST_FREE};
        String filename = "f.py", name = "f", qualname = "C.f";
        byte[] linetable = {(byte) 0xf0, 0x03, 0x01, 0x01, 0x01, (byte) 0xd8, 0x02, 0x03};
        byte[] exceptiontable = {(byte) 0x82, 0x05, 0x07, 0x02};

        PyCode build() {
            return new PyCode(argcount, posonly, kwonly, stacksize, flags, code, consts, names, lpNames, lpKinds,
                    filename, name, qualname, firstlineno, linetable, exceptiontable);
        }
    }

    @Test
    void everyFieldShowsInTheDump() {
        Map<String, UnaryOperator<Fields>> changes = new LinkedHashMap<>();
        changes.put("co_argcount", f -> { f.argcount = 3; return f; });
        changes.put("co_posonlyargcount", f -> { f.posonly = 0; return f; });
        changes.put("co_kwonlyargcount", f -> { f.kwonly = 0; return f; });
        changes.put("co_stacksize", f -> { f.stacksize = 5; return f; });
        changes.put("co_flags", f -> { f.flags |= PyCode.CO_GENERATOR; return f; });
        changes.put("co_firstlineno", f -> { f.firstlineno = 4; return f; });
        changes.put("co_code opcode", f -> { f.code = f.code.clone(); f.code[2] = (byte) Opcode.LOAD_FAST_CHECK; return f; });
        changes.put("co_code oparg", f -> { f.code = f.code.clone(); f.code[3] = 1; return f; });
        changes.put("co_code cache", f -> { f.code = f.code.clone(); f.code[7] = 1; return f; });
        changes.put("co_consts value", f -> { f.consts = f.consts.clone(); f.consts[1] = PyInt.of(2); return f; });
        changes.put("co_consts type", f -> { f.consts = f.consts.clone(); f.consts[1] = PyFloat.of(1.0); return f; });
        changes.put("co_consts bool", f -> { f.consts = f.consts.clone(); f.consts[1] = PyBool.TRUE; return f; });
        changes.put("co_consts -0.0", f -> {
            f.consts = f.consts.clone(); f.consts[3] = PyTuple.of(PyFloat.of(-1.5), PyBool.TRUE); return f; });
        changes.put("co_consts frozenset", f -> {
            f.consts = f.consts.clone(); f.consts[4] = PyFrozenSet.of(PyStr.of("a"), PyStr.of("c")); return f; });
        changes.put("co_consts bytes", f -> { f.consts = f.consts.clone(); f.consts[5] = new PyBytes(new byte[] {2}); return f; });
        changes.put("co_consts nested code", f -> {
            f.consts = f.consts.clone();
            f.consts[0] = new Fields().build();
            return f;
        });
        changes.put("co_names", f -> { f.names = new String[] {"len", "input"}; return f; });
        changes.put("co_localsplusnames", f -> { f.lpNames = new String[] {"a", "b", "c", "e"}; return f; });
        changes.put("co_localspluskinds", f -> { f.lpKinds = f.lpKinds.clone(); f.lpKinds[2] |= PyCode.CO_FAST_HIDDEN; return f; });
        changes.put("co_filename", f -> { f.filename = "g.py"; return f; });
        changes.put("co_name", f -> { f.name = "g"; return f; });
        changes.put("co_qualname", f -> { f.qualname = "C.g"; return f; });
        changes.put("co_linetable", f -> { f.linetable = f.linetable.clone(); f.linetable[7] = 4; return f; });
        changes.put("co_exceptiontable", f -> {
            f.exceptiontable = f.exceptiontable.clone(); f.exceptiontable[3] = 3; return f; });
        String base = CodeDump.dump(new Fields().build());
        assertEquals(base, CodeDump.dump(new Fields().build()), "the dump is deterministic");
        for (Map.Entry<String, UnaryOperator<Fields>> c : changes.entrySet()) {
            assertNotEquals(base, CodeDump.dump(c.getValue().apply(new Fields()).build()), c.getKey() + " is not in the dump");
        }
        // A nested code object is dumped in full: a change deep inside shows too.
        Fields outer = new Fields();
        outer.consts = outer.consts.clone();
        outer.consts[0] = new Fields().build();
        Fields changedOuter = new Fields();
        changedOuter.consts = changedOuter.consts.clone();
        Fields inner = new Fields();
        inner.linetable = new byte[] {(byte) 0x80, 0x00};
        changedOuter.consts[0] = inner.build();
        assertNotEquals(CodeDump.dump(outer.build()), CodeDump.dump(changedOuter.build()));
    }

    @Test
    void frozensetsAreNormalised() {
        Fields a = new Fields(), b = new Fields();
        a.consts = new PyObject[] {PyFrozenSet.of(PyStr.of("x"), PyInt.of(1), PyStr.of("y"))};
        b.consts = new PyObject[] {PyFrozenSet.of(PyStr.of("y"), PyStr.of("x"), PyInt.of(1))};
        assertEquals(CodeDump.dump(a.build()), CodeDump.dump(b.build()));
    }
}
