package dev.pyjama.code;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyComplex;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyFrozenSet;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Damaged marshal data never escapes as a Java exception: reading raises a Python exception
 * or gives an object, and a code object read from damaged data still dumps, disassembles
 * and writes. Runs without CPython.
 */
class MarshalFuzzTest {

    @Test
    void damagedDataRaisesPythonExceptionsOnly() {
        byte[] good = Marshal.dumps(sample());
        Random rnd = new Random(2024);
        int loaded = 0, raised = 0;
        for (int t = 0; t < 10_000; t++) {
            byte[] data = good.clone();
            int flips = 1 + rnd.nextInt(4);
            for (int k = 0; k < flips; k++) {
                int at = rnd.nextInt(data.length);
                data[at] = rnd.nextInt(3) == 0 ? (byte) rnd.nextInt(256) : (byte) (data[at] ^ (1 << rnd.nextInt(8)));
            }
            if (rnd.nextInt(5) == 0) data = java.util.Arrays.copyOf(data, rnd.nextInt(data.length));
            try {
                PyObject o = Marshal.loads(data);
                loaded++;
                exercise(o);
            } catch (PyException e) {
                raised++;
            }
        }
        assertTrue(loaded > 500 && raised > 500, loaded + " loaded, " + raised + " raised");
    }

    @Test
    void randomBytesRaisePythonExceptionsOnly() {
        Random rnd = new Random(7);
        for (int t = 0; t < 10_000; t++) {
            byte[] data = new byte[rnd.nextInt(40)];
            rnd.nextBytes(data);
            if (data.length > 0 && rnd.nextBoolean()) data[0] = (byte) "c()<>[{ilgyszZaAut".charAt(rnd.nextInt(18));
            try {
                exercise(Marshal.loads(data));
            } catch (PyException e) {
                // expected
            }
        }
    }

    private static void exercise(PyObject o) {
        if (o instanceof PyCode) {
            PyCode co = (PyCode) o;
            CodeDump.dump(co);
            Disassembler.dis(co, true, true);
            LineTable.lnotab(co);
            for (int off = -2; off < co.code.length + 4; off += 2) {
                LineTable.addr2Line(co, off);
                LineTable.addr2Location(co, off);
                ExceptionTable.lookup(co.exceptiontable, off / 2);
            }
        }
        try {
            Marshal.dumps(o);
        } catch (PyException e) {
            // e.g. a value too deeply nested
        }
    }

    /** A module-like code object with a nested function and constants of every kind. */
    static PyCode sample() {
        byte[] inner = {(byte) Opcode.RESUME, 0, (byte) Opcode.LOAD_FAST, 0, (byte) Opcode.LOAD_CONST, 1,
                        (byte) Opcode.BINARY_OP, 0, 0, 0, (byte) Opcode.RETURN_VALUE, 0};
        PyCode f = new PyCode(1, 0, 0, 2, 3, inner, new PyObject[] {PyNone.NONE, PyInt.of(1)}, new String[0],
                new String[] {"a"}, new byte[] {PyCode.CO_FAST_LOCAL}, "m.py", "f", "f", 1,
                new byte[] {(byte) 0x80, 0, (byte) 0xd8, 0x0b, 0x0c, (byte) 0x88, 0x73}, new byte[0]);
        byte[] code = {(byte) Opcode.RESUME, 0, (byte) Opcode.LOAD_CONST, 0, (byte) Opcode.MAKE_FUNCTION, 0,
                       (byte) Opcode.STORE_NAME, 0, (byte) Opcode.NOP, 0, (byte) Opcode.LOAD_NAME, 0,
                       (byte) Opcode.POP_JUMP_IF_FALSE, 1, 0, 0, (byte) Opcode.NOP, 0, (byte) Opcode.RETURN_CONST, 1};
        PyObject[] consts = {f, PyNone.NONE, PyTuple.of(PyInt.of(1L << 40), PyFloat.of(-0.0), new PyComplex(1, 2)),
            PyFrozenSet.of(PyStr.of("a"), PyStr.of("b-c")), new PyBytes(new byte[] {1, 2}), PyStr.of("\u20ac")};
        return new PyCode(0, 0, 0, 2, 0, code, consts, new String[] {"f"}, new String[0], new byte[0], "m.py",
                "<module>", "<module>", 1, new byte[] {(byte) 0xf0, 0x03, 0x01, 0x01, 0x01, (byte) 0xf2, 0x02, 0x01,
                0x01, 0x0c, (byte) 0x80, (byte) 0xda, 0x01, 0x02}, new byte[] {(byte) 0x84, 0x02, 0x08, 0x00});
    }
}
