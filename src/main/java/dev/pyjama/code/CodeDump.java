package dev.pyjama.code;

import dev.pyjama.objects.PyFrozenSet;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The canonical dump of a code object that parity tests compare: every field, the
 * instructions unit by unit (caches included), the location and exception tables raw and
 * decoded, then the nested code objects, depth first. {@code tools/parity/cpython_dump_code.py}
 * prints the same format from CPython's objects.
 *
 * <p>Constants are printed as their type and repr, with frozensets in a normalised order
 * (their items' dumps sorted), since CPython's set order depends on string hashing.
 */
public final class CodeDump {
    private CodeDump() {}

    private static final int[] FLAG_BITS = {
        0x1, 0x2, 0x4, 0x8, 0x10, 0x20, 0x40, 0x80, 0x100, 0x200, 0x20000, 0x40000, 0x80000,
        0x100000, 0x200000, 0x400000, 0x800000, 0x1000000, 0x2000000,
    };
    private static final String[] FLAG_NAMES = {
        "OPTIMIZED", "NEWLOCALS", "VARARGS", "VARKEYWORDS", "NESTED", "GENERATOR", "NOFREE",
        "COROUTINE", "ITERABLE_COROUTINE", "ASYNC_GENERATOR", "FUTURE_DIVISION",
        "FUTURE_ABSOLUTE_IMPORT", "FUTURE_WITH_STATEMENT", "FUTURE_PRINT_FUNCTION",
        "FUTURE_UNICODE_LITERALS", "FUTURE_BARRY_AS_BDFL", "FUTURE_GENERATOR_STOP",
        "FUTURE_ANNOTATIONS", "NO_MONITORING_EVENTS",
    };
    private static final int[] KIND_BITS = {0x10, 0x20, 0x40, 0x80};
    private static final String[] KIND_NAMES = {"HIDDEN", "LOCAL", "CELL", "FREE"};

    /** The dump of {@code co} and everything nested in it. */
    public static String dump(PyCode co) {
        StringBuilder sb = new StringBuilder(4096);
        dump(co, "0", sb);
        return sb.toString();
    }

    private static void dump(PyCode co, String path, StringBuilder w) {
        w.append("code ").append(path).append('\n');
        w.append("name: ").append(PyStr.repr(co.name)).append('\n');
        w.append("qualname: ").append(PyStr.repr(co.qualname)).append('\n');
        w.append("filename: ").append(PyStr.repr(co.filename)).append('\n');
        w.append("firstlineno: ").append(co.firstlineno).append('\n');
        w.append("argcount: ").append(co.argcount).append('\n');
        w.append("posonlyargcount: ").append(co.posonlyargcount).append('\n');
        w.append("kwonlyargcount: ").append(co.kwonlyargcount).append('\n');
        w.append("nlocals: ").append(co.nlocals()).append('\n');
        w.append("stacksize: ").append(co.stacksize).append('\n');
        w.append("flags: ").append(co.flags).append(bits(co.flags, FLAG_BITS, FLAG_NAMES)).append('\n');
        w.append("localsplus: ").append(co.localsplusnames.length).append('\n');
        for (int i = 0; i < co.localsplusnames.length; i++) {
            int k = co.localspluskinds[i] & 0xff;
            w.append("  ").append(i).append(' ').append(PyStr.repr(co.localsplusnames[i]))
             .append(String.format(" 0x%02x", k)).append(bits(k, KIND_BITS, KIND_NAMES)).append('\n');
        }
        w.append("varnames: ").append(names(co.varnames())).append('\n');
        w.append("cellvars: ").append(names(co.cellvars())).append('\n');
        w.append("freevars: ").append(names(co.freevars())).append('\n');
        w.append("names: ").append(names(co.names)).append('\n');
        w.append("consts: ").append(co.consts.length).append('\n');
        List<PyCode> nested = new ArrayList<>();
        List<String> nestedPaths = new ArrayList<>();
        for (int i = 0; i < co.consts.length; i++) {
            PyObject c = co.consts[i];
            w.append("  ").append(i).append(' ');
            if (c instanceof PyCode) {
                String sub = path + "." + i;
                nested.add((PyCode) c);
                nestedPaths.add(sub);
                w.append("code ").append(sub).append(' ').append(((PyCode) c).qualname);
            } else {
                w.append(c.typeName()).append(' ').append(norm(c));
            }
            w.append('\n');
        }
        byte[] code = co.code;
        w.append("code: ").append(code.length / 2).append(" units\n");
        for (int i = 0; i + 1 < code.length; i += 2) {
            w.append("  ").append(i).append(' ').append(Opcode.name(code[i] & 0xff)).append(' ')
             .append(code[i + 1] & 0xff).append('\n');
        }
        w.append("linetable: ");
        hex(co.linetable, w);
        w.append("\nlines:\n");
        for (LineTable.LineRange r : LineTable.lines(co)) {
            w.append("  ").append(r.start()).append(' ').append(r.end()).append(' ');
            optional(r.line(), w);
            w.append('\n');
        }
        w.append("positions:\n");
        List<LineTable.Position> positions = LineTable.positions(co);
        int runStart = 0;
        for (int i = 0; i < positions.size(); i++) {
            if (i + 1 == positions.size() || !positions.get(i + 1).equals(positions.get(i))) {
                LineTable.Position p = positions.get(i);
                w.append("  ").append(runStart).append(' ').append(2 * (i + 1)).append(' ');
                optional(p.line(), w);
                w.append(' ');
                optional(p.endLine(), w);
                w.append(' ');
                optional(p.column(), w);
                w.append(' ');
                optional(p.endColumn(), w);
                w.append('\n');
                runStart = 2 * (i + 1);
            }
        }
        w.append("exceptiontable: ");
        hex(co.exceptiontable, w);
        w.append("\nexceptions:\n");
        for (ExceptionTable.Entry e : ExceptionTable.parse(co.exceptiontable)) {
            w.append("  ").append(e.start()).append(' ').append(e.end()).append(' ').append(e.target())
             .append(' ').append(e.depth()).append(e.lasti() ? " lasti" : "").append('\n');
        }
        for (int i = 0; i < nested.size(); i++) {
            w.append('\n');
            dump(nested.get(i), nestedPaths.get(i), w);
        }
    }

    private static void optional(int v, StringBuilder w) {
        if (v == -1) w.append("None");
        else w.append(v);
    }

    private static String bits(int value, int[] bits, String[] names) {
        StringBuilder sb = new StringBuilder();
        int known = 0;
        for (int i = 0; i < bits.length; i++) {
            known |= bits[i];
            if ((value & bits[i]) != 0) sb.append(sb.length() == 0 ? " " : "|").append(names[i]);
        }
        int rest = value & ~known;
        if (rest != 0) sb.append(sb.length() == 0 ? " " : "|").append("0x").append(Integer.toHexString(rest));
        return sb.toString();
    }

    private static void hex(byte[] b, StringBuilder w) {
        for (byte x : b) {
            w.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
        }
    }

    private static String names(String[] names) {
        PyObject[] items = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) items[i] = PyStr.of(names[i]);
        return norm(PyTuple.of(items));
    }

    /** repr, with frozensets normalised, ints without the digit limit, code objects by name. */
    static String norm(PyObject v) {
        if (v instanceof PyTuple) {
            PyObject[] items = ((PyTuple) v).items;
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(norm(items[i]));
            }
            if (items.length == 1) sb.append(',');
            return sb.append(')').toString();
        }
        if (v instanceof PyFrozenSet) {
            PyObject[] items = ((PyFrozenSet) v).items();
            if (items.length == 0) return "frozenset()";
            String[] parts = new String[items.length];
            for (int i = 0; i < items.length; i++) parts[i] = norm(items[i]);
            Arrays.sort(parts, CodeDump::compareCodePoints);
            return "frozenset({" + String.join(", ", parts) + "})";
        }
        if (v instanceof PyInt) return ((PyInt) v).bigValue().toString();
        if (v instanceof PyCode) return "<code " + ((PyCode) v).qualname + ">";
        return v.repr();
    }

    /** Python's str ordering: by code point (Java's compareTo orders by UTF-16 unit). */
    static int compareCodePoints(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i), y = b.codePointAt(j);
            if (x != y) return Integer.compare(x, y);
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
