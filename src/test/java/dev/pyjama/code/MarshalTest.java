package dev.pyjama.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyObject;
import dev.pyjama.testing.CPython313;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * marshal against CPython 3.13: bad data raises what CPython raises (every prefix of a real
 * module's data, and hand-made corruptions), values of every type and version read back and
 * written so that CPython reads them to equal values, and .pyc headers as importlib checks them.
 */
class MarshalTest {

    /** Prints "hex<TAB>outcome" for each input; the outcome of marshal.loads, as MarshalTest formats it. */
    private static final String OUTCOMES = String.join("\n",
        "import marshal, sys",
        "sys.set_int_max_str_digits(0)",
        "def show(v):",
        "    if hasattr(v, 'co_code'): return '<code %s>' % v.co_qualname",
        "    return repr(v)",
        "code = compile('def f(a, *b, c=1, **d):\\n    return a + 1.5\\nclass C: pass\\nx = {1: (2, 3j)}\\n', 'm.py', 'exec')",
        "good = marshal.dumps(code)",
        "inputs = [good[:n] for n in range(len(good))]",
        "def patch(old, new):",
        "    assert old in good, old",
        "    return good.replace(old, new, 1)",
        "inputs += [b'', b'0', b'Q', b'\\x00', b'r\\x00\\x00\\x00\\x00', b'\\xe9\\x01\\x00\\x00\\x00', b')\\x02N0',",
        "    b'(\\x01\\x00\\x00\\x00', b'(\\xff\\xff\\xff\\xff', b'l\\x01\\x00\\x00\\x00\\x00\\x00', b'l\\x01\\x00\\x00\\x00\\x00\\x80',",
        "    b'l\\x02\\x00\\x00\\x00\\xff\\x7f\\x01\\x00', b'l\\xfb\\xff\\xff\\xff\\x01\\x00\\x02\\x00\\x03\\x00\\x04\\x00\\x05\\x00',",
        "    b'l\\x00\\x00\\x00\\x80', b'I\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x88', b's\\xff\\xff\\xff\\xff', b's\\x05\\x00\\x00\\x00ab',",
        "    b'u\\x02\\x00\\x00\\x00\\xff\\xfe', b'u\\x03\\x00\\x00\\x00\\xe4\\xb8x', b'u\\x02\\x00\\x00\\x00\\xe4\\xb8',",
        "    b'u\\x03\\x00\\x00\\x00\\xed\\xa0\\x80', b't\\x06\\x00\\x00\\x00\\xed\\xa0\\xbd\\xed\\xb8\\x80', b'u\\x01\\x00\\x00\\x00\\x80',",
        "    b'u\\x02\\x00\\x00\\x00\\xc0\\x80', b'u\\x04\\x00\\x00\\x00\\xf4\\x90\\x80\\x80', b'a\\x02\\x00\\x00\\x00\\xe9x',",
        "    b'f\\x03abc', b'f\\x041.5e', b'f\\x04-inf', b'f\\x03nan', b'f\\x05 1.5 ', b'f\\x061e-400', b'x\\x011\\x02-2',",
        "    b'g\\x00\\x00\\x00\\x00\\x00\\x00\\xf8\\x7f', b'y\\x00\\x00\\x00\\x00', b'{N', b'{0', b'{\\xe9\\x01\\x00\\x00\\x00N\\xe9\\x01\\x00\\x00\\x00T0',",
        "    b'[\\x02\\x00\\x00\\x00NT', b'<\\x01\\x00\\x00\\x00[\\x00\\x00\\x00\\x00', b'>\\x03\\x00\\x00\\x00TFT', b'>\\x00\\x00\\x00\\x00',",
        "    b'\\xbe\\x01\\x00\\x00\\x00r\\x00\\x00\\x00\\x00', b'S', b'.', b')\\x01' * 2100 + b'N',",
        "    b'(\\x02\\x00\\x00\\x00N0', b'z\\x03abc', b'Z\\x02\\xff\\xfe']",
        "inputs += [patch(b'\\xe3\\x00\\x00\\x00\\x00', b'\\xe3\\x05\\x00\\x00\\x00'),",  // argcount > nlocals
        "    patch(b'\\xda\\x04m.py', b'\\xe9\\x01\\x00\\x00\\x00'),",  // filename not a str
        "    patch(b'\\xda\\x08__name__', b'\\xe9\\x01\\x00\\x00\\x00'),",  // a name that is not a str
        "    good[:1] + b'\\xff\\xff\\xff\\xff' + good[5:]]",  // argcount -1
        "for d in inputs:",
        "    try:",
        "        v = marshal.loads(d)",
        "        out = 'ok ' + show(v)",
        "    except Exception as e:",
        "        out = 'error %s: %s' % (type(e).__name__, e)",
        "    print(d.hex() + '\\t' + out)",
        "");

    @Test
    void badDataRaisesWhatCPythonRaises() {
        String out = CPython313.run(OUTCOMES, null);
        int n = 0;
        for (String line : out.split("\n")) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t", 2);
            byte[] data = LineTableTest.unhex(f[0]);
            String ours;
            try {
                ours = "ok " + show(Marshal.loads(data));
            } catch (PyException e) {
                ours = "error " + e.pyType() + ": " + e.pyMessage();
            }
            assertEquals(f[1], ours, "marshal.loads(bytes.fromhex('" + f[0] + "'))");
            n++;
        }
        assertTrue(n > 100, "too few cases: " + n);
    }

    private static String show(PyObject v) {
        if (v instanceof PyCode) return "<code " + ((PyCode) v).qualname + ">";
        return ArgRepr.constRepr(v);
    }

    /** For each value and version: CPython's marshal data, then pyjama reads and rewrites it. */
    private static final String VALUES = String.join("\n",
        "import marshal, sys",
        "sys.set_int_max_str_digits(0)",
        "values = [None, True, False, ..., StopIteration, 0, 1, -1, 256, 257, -5, -6, 2**31 - 1, -2**31, 2**31, -2**31 - 1,",
        "    2**62, -2**63, 2**64 + 1, -(2**100), 10**400, 0.0, -0.0, 1.5, -2.5e-300, 5e-324, float('inf'), float('-inf'),",
        "    float('nan'), 1e16, 0.1, 1j, complex(-0.0, -0.0), complex(1.5, float('inf')), '', 'a', 'abc', 'ab-c', 'x' * 255,",
        "    'y' * 256, 'y' * 70000, 'é', 'é' * 300, '\\u20ac', '\\U0001d120', 'z\\ud834\\udd20x', '\\udfff', b'', b'\\x00',",
        "    b'xyz' * 100, (), (1,), (1, 'a', (2.0, None)), tuple(range(300)), frozenset(), frozenset({1, 'a', (2, 3)}),",
        "    frozenset(range(100)), {1, 2}, set(), [1, [2, []]], [], {}, {'a': 1, 2: [3]}, ('shared', 'shared'),",
        "    compile('def f(x):\\n    return x in {\"a\", \"b\"}\\n', 'v.py', 'exec')]",
        "for i, v in enumerate(values):",
        "    for version in range(5):",
        "        print(i, version, marshal.dumps(v, version).hex())",
        "");

    private static final String CHECK = String.join("\n",
        "import marshal, sys, math",
        "def same(a, b):",
        "    if type(a) is not type(b): return False",
        "    if type(a) is float: return (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))",
        "    if type(a) is complex: return same(a.real, b.real) and same(a.imag, b.imag)",
        "    if type(a) in (tuple, list): return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))",
        "    if type(a) is dict: return same(list(a.items()), list(b.items()))",
        "    if type(a) in (set, frozenset): return sorted(map(repr, a)) == sorted(map(repr, b))",
        "    if hasattr(a, 'co_code'): return a == b and a.co_consts == b.co_consts and a.co_qualname == b.co_qualname",
        "    return a == b",
        "identical = 0",
        "for line in sys.stdin:",
        "    theirs, ours = line.split()",
        "    a, b = marshal.loads(bytes.fromhex(theirs)), marshal.loads(bytes.fromhex(ours))",
        "    print('same' if same(a, b) else 'DIFFERENT %r %r' % (a, b))",
        "");

    @Test
    void valuesOfEveryTypeAndVersionRoundTrip() {
        StringBuilder pairs = new StringBuilder();
        int identical = 0, total = 0;
        for (String line : CPython313.run(VALUES, null).split("\n")) {
            if (line.isEmpty()) continue;
            String[] f = line.split(" ");
            byte[] theirs = LineTableTest.unhex(f[2]);
            byte[] ours = Marshal.dumps(Marshal.loads(theirs), Integer.parseInt(f[1]));
            if (java.util.Arrays.equals(theirs, ours)) identical++;
            total++;
            pairs.append(f[2]).append(' ').append(LineTableTest.hex(ours)).append('\n');
        }
        String[] verdicts = CPython313.run(CHECK, pairs.toString()).split("\n");
        List<String> bad = new ArrayList<>();
        for (String v : verdicts) if (!v.equals("same")) bad.add(v);
        assertEquals(List.of(), bad);
        assertEquals(total, verdicts.length);
        // Not required, but pyjama's writer aims at CPython's bytes: most values come out identical.
        assertTrue(identical > total * 3 / 4, identical + " of " + total + " byte-identical");
    }

    @Test
    void writingRefusesWhatMarshalCannotWrite() {
        PyObject unknown = new PyObject() {
            @Override
            public String repr() {
                return "<object>";
            }

            @Override
            public dev.pyjama.objects.PyType type() {
                return dev.pyjama.objects.PyType.OBJECT;
            }
        };
        PyException e = org.junit.jupiter.api.Assertions.assertThrows(PyException.class,
                () -> Marshal.dumps(dev.pyjama.objects.PyTuple.of(unknown)));
        assertEquals("ValueError: unmarshallable object\n", e.formatExceptionOnly());
        PyObject deep = dev.pyjama.objects.PyNone.NONE;
        for (int i = 0; i < 2100; i++) deep = dev.pyjama.objects.PyTuple.of(deep);
        PyObject tooDeep = deep;
        e = org.junit.jupiter.api.Assertions.assertThrows(PyException.class, () -> Marshal.dumps(tooDeep));
        assertEquals("ValueError: object too deeply nested to marshal\n", e.formatExceptionOnly());
    }

    private static final String PYC = String.join("\n",
        "import importlib.util, importlib._bootstrap_external as ext, marshal, sys",
        "src = b'print(1)\\n'",
        "code = compile(src, 'p.py', 'exec')",
        "print(importlib.util.source_hash(src).hex(), importlib.util.source_hash(b'').hex(), importlib.util.source_hash(bytes(range(256)) * 3).hex())",
        "print(ext._code_to_timestamp_pyc(code, 1700000000, 9).hex())",
        "print(ext._code_to_hash_pyc(code, importlib.util.source_hash(src), True).hex())",
        "for data in [b'', b'\\xf3\\r', b'\\xf2\\r\\r\\nxxxxxxxxxxxx', importlib.util.MAGIC_NUMBER + b'\\x00' * 4,",
        "             importlib.util.MAGIC_NUMBER + b'\\x04\\x00\\x00\\x00' + b'\\x00' * 8]:",
        "    try:",
        "        ext._classify_pyc(data, 'p', {})",
        "        print('ok')",
        "    except Exception as e:",
        "        print('%s: %s' % (type(e).__name__, e))",
        "");

    @Test
    void pycFilesAsImportlibWritesAndChecksThem() {
        String[] out = CPython313.run(PYC, null).split("\n");
        String[] hashes = out[0].split(" ");
        assertEquals(hashes[0], LineTableTest.hex(Pyc.sourceHash("print(1)\n".getBytes())));
        assertEquals(hashes[1], LineTableTest.hex(Pyc.sourceHash(new byte[0])));
        byte[] all = new byte[768];
        for (int i = 0; i < all.length; i++) all[i] = (byte) i;
        assertEquals(hashes[2], LineTableTest.hex(Pyc.sourceHash(all)));

        byte[] timestamped = LineTableTest.unhex(out[1]);
        PyCode code = Pyc.load(timestamped, "p.pyc");
        assertEquals(out[1], LineTableTest.hex(Pyc.timestamped(code, 1700000000, 9)));
        Pyc.Header h = Pyc.header(timestamped, "p.pyc");
        assertEquals(1700000000, h.mtime());
        assertEquals(9, h.sourceSize());
        byte[] hashed = LineTableTest.unhex(out[2]);
        assertEquals(out[2], LineTableTest.hex(Pyc.hashed(code, Pyc.sourceHash("print(1)\n".getBytes()), true)));
        assertTrue(Pyc.header(hashed, "p").hashBased());

        byte[][] bad = {new byte[0], {(byte) 0xf3, '\r'}, LineTableTest.unhex("f20d0d0a787878787878787878787878"),
            LineTableTest.unhex("f30d0d0a00000000"), LineTableTest.unhex("f30d0d0a040000000000000000000000")};
        for (int i = 0; i < bad.length; i++) {
            String ours;
            try {
                Pyc.header(bad[i], "p");
                ours = "ok";
            } catch (PyException e) {
                ours = e.pyType() + ": " + e.pyMessage();
            }
            assertEquals(out[3 + i], ours);
        }
    }
}
