package dev.pyjama.compiler;

import dev.pyjama.code.PyCode;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyComplex;
import dev.pyjama.objects.PyEllipsis;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyFrozenSet;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Values in the token format of tools/compiler/backend_oracle.py, and a canonical text of
 * pyjama values (and code objects) for comparing results with what CPython printed.
 */
final class OracleValues {
    private static final HexFormat HEX = HexFormat.of();

    /** Nested code objects stand for themselves by digest: one placeholder per digest. */
    private final Map<String, PyCode> placeholders = new HashMap<>();

    /** A cursor over the space-separated tokens of one line. */
    static final class Tokens {
        private final String[] t;
        private int i;

        Tokens(String line) {
            this.t = line.isEmpty() ? new String[0] : line.split(" ", -1);
        }

        boolean hasNext() {
            return i < t.length;
        }

        String next() {
            return t[i++];
        }

        String peek() {
            return t[i];
        }

        int nextInt() {
            return Integer.parseInt(next());
        }
    }

    PyObject value(Tokens ts) {
        String tok = ts.next();
        char c = tok.charAt(0);
        switch (c) {
            case 'N': return PyNone.NONE;
            case 'E': return PyEllipsis.ELLIPSIS;
            case 'T': return PyBool.TRUE;
            case 'F': return PyBool.FALSE;
            case 'i': return PyInt.of(new BigInteger(tok.substring(1)));
            case 'f': return PyFloat.of(parseHexDouble(tok.substring(1)));
            case 'c': {
                int comma = tok.indexOf(',');
                return new PyComplex(parseHexDouble(tok.substring(1, comma)), parseHexDouble(tok.substring(comma + 1)));
            }
            case 's': return str(tok.substring(1));
            case 'b': return new PyBytes(HEX.parseHex(tok.substring(1)));
            case '(': {
                List<PyObject> items = new ArrayList<>();
                while (!ts.peek().equals(")")) items.add(value(ts));
                ts.next();
                return PyTuple.of(items.toArray(new PyObject[0]));
            }
            case '{': {
                List<PyObject> items = new ArrayList<>();
                while (!ts.peek().equals("}")) items.add(value(ts));
                ts.next();
                return PyFrozenSet.of(items.toArray(new PyObject[0]));
            }
            case 'C': return placeholder(tok.substring(1));
            default: throw new IllegalArgumentException("bad value token " + tok);
        }
    }

    PyCode placeholder(String digest) {
        return placeholders.computeIfAbsent(digest, d -> new PyCode(0, 0, 0, 0, 0, d.getBytes(),
                new PyObject[0], new String[0], new String[0], new byte[0], "", "C" + d, "C" + d, 0,
                new byte[0], new byte[0]));
    }

    static double parseHexDouble(String s) {
        switch (s) {
            case "inf": return Double.POSITIVE_INFINITY;
            case "-inf": return Double.NEGATIVE_INFINITY;
            case "nan": return Double.NaN;
            default: return Double.parseDouble(s);
        }
    }

    /** A str from UTF-8 with surrogates allowed (Python's 'surrogatepass'). */
    static PyStr str(String hex) {
        byte[] b = HEX.parseHex(hex);
        int[] cps = new int[b.length];
        int n = 0;
        for (int i = 0; i < b.length; ) {
            int x = b[i] & 0xff;
            int cp, len;
            if (x < 0x80) { cp = x; len = 1; }
            else if (x < 0xe0) { cp = x & 0x1f; len = 2; }
            else if (x < 0xf0) { cp = x & 0x0f; len = 3; }
            else { cp = x & 0x07; len = 4; }
            for (int k = 1; k < len; k++) cp = (cp << 6) | (b[i + k] & 0x3f);
            cps[n++] = cp;
            i += len;
        }
        return PyStr.ofCodePoints(cps, n);
    }

    static String name(String tok) {
        if (tok.charAt(0) != 's') throw new IllegalArgumentException("not a str token: " + tok);
        return str(tok.substring(1)).value();
    }

    PyCode code(Tokens ts) {
        String name = name(ts.next());
        String qualname = name(ts.next());
        int argcount = ts.nextInt(), posonly = ts.nextInt(), kwonly = ts.nextInt();
        int stacksize = ts.nextInt(), flags = ts.nextInt(), firstlineno = ts.nextInt();
        byte[] code = HEX.parseHex(ts.next().substring(1));
        byte[] linetable = HEX.parseHex(ts.next().substring(1));
        byte[] exctable = HEX.parseHex(ts.next().substring(1));
        byte[] kinds = HEX.parseHex(ts.next().substring(1));
        String[] lpnames = strings((PyTuple) value(ts));
        String[] names = strings((PyTuple) value(ts));
        PyObject[] consts = ((PyTuple) value(ts)).items;
        return new PyCode(argcount, posonly, kwonly, stacksize, flags, code, consts, names, lpnames, kinds, "",
                name, qualname, firstlineno, linetable, exctable);
    }

    private static String[] strings(PyTuple t) {
        String[] out = new String[t.items.length];
        for (int i = 0; i < out.length; i++) out[i] = ((PyStr) t.items[i]).value();
        return out;
    }

    /** Canonical text of a value: type and exact bits (no two different constants share one). */
    static void canon(PyObject v, StringBuilder sb) {
        if (v instanceof PyFloat f) {
            sb.append("float:").append(Long.toHexString(Double.doubleToRawLongBits(f.value)));
        } else if (v instanceof PyComplex c) {
            sb.append("complex:").append(Long.toHexString(Double.doubleToRawLongBits(c.real))).append(',')
              .append(Long.toHexString(Double.doubleToRawLongBits(c.imag)));
        } else if (v instanceof PyTuple t) {
            sb.append('(');
            for (PyObject x : t.items) { canon(x, sb); sb.append(' '); }
            sb.append(')');
        } else if (v instanceof PyFrozenSet s) {
            // Compared as sets: pyjama does not model CPython's set iteration order here.
            List<String> items = new ArrayList<>();
            for (PyObject x : s.items()) {
                StringBuilder item = new StringBuilder();
                canon(x, item);
                items.add(item.toString());
            }
            java.util.Collections.sort(items);
            sb.append("frozenset{").append(String.join(" ", items)).append('}');
        } else if (v instanceof PyCode c) {
            sb.append("code:").append(c.name);
        } else {
            sb.append(v.typeName()).append(':').append(v.repr());
        }
    }

    static String canon(List<PyObject> consts) {
        StringBuilder sb = new StringBuilder();
        for (PyObject c : consts) { canon(c, sb); sb.append('\n'); }
        return sb.toString();
    }

    /** Every field of a code object, one per line (nested code objects by name). */
    static String canon(PyCode c) {
        StringBuilder sb = new StringBuilder();
        sb.append("name ").append(c.name).append('\n');
        sb.append("qualname ").append(c.qualname).append('\n');
        sb.append("argcount ").append(c.argcount).append(' ').append(c.posonlyargcount).append(' ')
          .append(c.kwonlyargcount).append('\n');
        sb.append("stacksize ").append(c.stacksize).append('\n');
        sb.append("flags ").append(c.flags).append('\n');
        sb.append("firstlineno ").append(c.firstlineno).append('\n');
        sb.append("code ").append(HEX.formatHex(c.code)).append('\n');
        sb.append("linetable ").append(HEX.formatHex(c.linetable)).append('\n');
        sb.append("exceptiontable ").append(HEX.formatHex(c.exceptiontable)).append('\n');
        sb.append("localsplusnames ").append(String.join(",", c.localsplusnames)).append('\n');
        sb.append("localspluskinds ").append(HEX.formatHex(c.localspluskinds)).append('\n');
        sb.append("names ").append(String.join(",", c.names)).append('\n');
        sb.append("consts\n").append(canon(List.of(c.consts)));
        return sb.toString();
    }
}
