package dev.pyjama.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjama.testing.CPython313;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** hash() of constant values and the iteration order of sets, against CPython 3.13 (PYTHONHASHSEED 0 and 12345). */
class PyHashTest {

    @AfterEach
    void resetSeed() {
        PyHash.useSeed(0);
    }

    /** The values, built alike in Java (below) and in Python (this text, evaluated item by item). */
    private static final String[] VALUES = {
        "''", "'a'", "'abc'", "'é'", "'\\u20ac'", "'\\U0001d120'", "'x' * 1000", "'\\ud800'", "'ab\\udc80'",
        "b''", "b'a'", "b'\\x00\\xff' * 9", "0", "1", "-1", "-2", "2**61 - 1", "2**61", "-(2**61)", "2**64 + 7",
        "-(10**40)", "0.0", "-0.0", "0.5", "1.5", "-2.25", "1e300", "5e-324", "float('inf')", "float('-inf')",
        "1/3", "1e16", "1j", "complex(1.5, -2)", "complex(-0.0, 0.0)", "()", "(1,)", "(1, 'a', (2.0, None))",
        "None", "True", "False", "frozenset()", "frozenset({1, 2, 'x'})", "(frozenset({(1, 2)}), b'x')",
    };

    private static PyObject[] javaValues() {
        return new PyObject[] {
            PyStr.of(""), PyStr.of("a"), PyStr.of("abc"), PyStr.of("é"), PyStr.of("\u20ac"), PyStr.of("\uD834\uDD20"),
            PyStr.of("x".repeat(1000)), PyStr.ofCodePoints(new int[] {0xD800}, 1),
            PyStr.ofCodePoints(new int[] {'a', 'b', 0xDC80}, 3), new PyBytes(new byte[0]), new PyBytes(new byte[] {'a'}),
            new PyBytes(repeat(new byte[] {0, (byte) 0xff}, 9)), PyInt.of(0), PyInt.of(1), PyInt.of(-1), PyInt.of(-2),
            PyInt.of((1L << 61) - 1), PyInt.of(1L << 61), PyInt.of(-(1L << 61)),
            PyInt.of(BigInteger.TWO.pow(64).add(BigInteger.valueOf(7))), PyInt.of(BigInteger.TEN.pow(40).negate()),
            PyFloat.of(0.0), PyFloat.of(-0.0), PyFloat.of(0.5), PyFloat.of(1.5), PyFloat.of(-2.25), PyFloat.of(1e300),
            PyFloat.of(5e-324), PyFloat.of(Double.POSITIVE_INFINITY), PyFloat.of(Double.NEGATIVE_INFINITY),
            PyFloat.of(1.0 / 3), PyFloat.of(1e16), new PyComplex(0, 1), new PyComplex(1.5, -2), new PyComplex(-0.0, 0.0),
            PyTuple.EMPTY, PyTuple.of(PyInt.of(1)),
            PyTuple.of(PyInt.of(1), PyStr.of("a"), PyTuple.of(PyFloat.of(2.0), PyNone.NONE)), PyNone.NONE, PyBool.TRUE,
            PyBool.FALSE, PyFrozenSet.of(), PyFrozenSet.of(PyInt.of(1), PyInt.of(2), PyStr.of("x")),
            PyTuple.of(PyFrozenSet.of(PyTuple.of(PyInt.of(1), PyInt.of(2))), new PyBytes(new byte[] {'x'})),
        };
    }

    private static byte[] repeat(byte[] b, int n) {
        byte[] out = new byte[b.length * n];
        for (int i = 0; i < n; i++) System.arraycopy(b, 0, out, i * b.length, b.length);
        return out;
    }

    private static final String HASHES = String.join("\n",
        "import sys, subprocess",
        "exprs = sys.stdin.read().split('\\n')[:-1]",
        "script = 'import sys\\nfor e in sys.stdin.read().split(chr(10))[:-1]: print(hash(eval(e)))'",
        "for seed in ('0', '12345'):",
        "    out = subprocess.run([sys.executable, '-c', script], input='\\n'.join(exprs) + '\\n', text=True,",
        "                         capture_output=True, env={'PYTHONHASHSEED': seed}, check=True).stdout",
        "    print(out, end='')",
        "");

    @Test
    void hashesAreCPythons() {
        String out = CPython313.run(HASHES, String.join("\n", VALUES) + "\n");
        String[] lines = out.split("\n");
        int k = 0;
        for (long seed : new long[] {0, 12345}) {
            PyHash.useSeed(seed);
            PyObject[] values = javaValues();  // made after the switch: str caches its hash
            assertEquals(VALUES.length, values.length);
            for (int i = 0; i < values.length; i++) {
                assertEquals(lines[k++], Long.toString(PyHash.hash(values[i])), "hash(" + VALUES[i] + ") seed " + seed);
            }
        }
    }

    @Test
    void setsIterateInCPythonsOrder() {
        Random rnd = new Random(99);
        StringBuilder input = new StringBuilder();
        List<PyObject[]> sets = new ArrayList<>();
        for (int t = 0; t < 300; t++) {
            int n = 1 + rnd.nextInt(t % 10 == 0 ? 200 : 12);
            PyObject[] items = new PyObject[n];
            StringBuilder expr = new StringBuilder("[");
            for (int i = 0; i < n; i++) {
                String e;
                switch (rnd.nextInt(4)) {
                    case 0: {
                        String s = Integer.toString(rnd.nextInt(50), 36) + (rnd.nextBoolean() ? "_" : "");
                        items[i] = PyStr.of(s);
                        e = "'" + s + "'";
                        break;
                    }
                    case 1: {
                        int v = rnd.nextInt(1000) - 100;
                        items[i] = PyInt.of(v);
                        e = Integer.toString(v);
                        break;
                    }
                    case 2: {
                        double d = rnd.nextInt(100) / 4.0;
                        items[i] = PyFloat.of(d);
                        e = PyFloat.repr(d);
                        break;
                    }
                    default: {
                        int a = rnd.nextInt(5);
                        items[i] = PyTuple.of(PyInt.of(a), PyStr.of("t"));
                        e = "(" + a + ", 't')";
                    }
                }
                expr.append(e).append(", ");
            }
            sets.add(items);
            input.append(expr).append("]\n");
        }
        String script = "import sys\nfor line in sys.stdin:\n    print(repr(list(frozenset(eval(line)))))\n";
        String[] out = CPython313.run(script, input.toString()).split("\n");
        for (int t = 0; t < sets.size(); t++) {
            PyObject[] ordered = SetTable.iterationOrder(sets.get(t));
            assertEquals(out[t], PyList.of(ordered).repr(), "set #" + t);
        }
    }

    @Test
    void frozensetConstantsOfTheCompilerIterateAsInCPython() {
        Random rnd = new Random(3);
        StringBuilder input = new StringBuilder();
        List<PyObject[]> sets = new ArrayList<>();
        for (int t = 0; t < 300; t++) {
            int n = 2 + rnd.nextInt(t % 10 == 0 ? 100 : 10);
            java.util.LinkedHashSet<Integer> values = new java.util.LinkedHashSet<>();
            while (values.size() < n) values.add(rnd.nextInt(3000) - 50);
            PyObject[] items = new PyObject[n];
            StringBuilder src = new StringBuilder("x in {");
            int i = 0;
            for (int v : values) {
                boolean tuple = rnd.nextInt(4) == 0;
                items[i++] = tuple ? PyTuple.of(PyInt.of(v), PyNone.NONE) : PyInt.of(v);
                src.append(tuple ? "(" + v + ", None)" : Integer.toString(v)).append(", ");
            }
            sets.add(items);
            input.append(src).append("}\n");
        }
        String script = "import sys\nfor line in sys.stdin:\n"
                + "    co = compile(line, 's', 'eval')\n"
                + "    print(repr(list([c for c in co.co_consts if type(c) is frozenset][0])))\n";
        String[] out = CPython313.run(script, input.toString()).split("\n");
        for (int t = 0; t < sets.size(); t++) {
            assertEquals(out[t], PyList.of(SetTable.compiledConstantOrder(sets.get(t))).repr(), "set #" + t);
        }
    }
}
