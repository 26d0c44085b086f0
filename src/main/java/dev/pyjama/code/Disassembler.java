package dev.pyjama.code;

import dev.pyjama.objects.PyObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * CPython 3.13.0's {@code dis}, character for character: {@link #dis} prints what
 * {@code dis.dis(code)} prints (and so {@code python3.13 -m dis FILE}): the instructions of
 * each code object with line numbers, jump labels, arguments and their descriptions, caches
 * hidden (or shown), the exception table, then the nested code objects.
 */
// CPython: Lib/dis.py (3.13.0): dis, disassemble, _disassemble_recursive, _unpack_opargs,
// findlabels, findlinestarts, Formatter, ArgResolver
public final class Disassembler {
    private Disassembler() {}

    private static final int OPNAME_WIDTH = 20, OPARG_WIDTH = 5;
    private static final String NO_LINENO = "  --";

    /**
     * One instruction as {@code dis.get_instructions} describes it. {@code arg} is null for
     * instructions without an argument; {@code lineNumber} is -1 for None; {@code label} is 0
     * when the instruction is no jump target.
     */
    public record Instruction(String opname, int opcode, Integer arg, String argrepr, int offset,
                              int startOffset, boolean startsLine, int lineNumber, int label) {}

    /** {@code dis.dis(co)}: this code object and, recursively, those among its constants. */
    public static String dis(PyCode co) {
        return dis(co, false, false);
    }

    /** {@code dis.dis(co, show_caches=..., show_offsets=...)}. */
    public static String dis(PyCode co, boolean showCaches, boolean showOffsets) {
        StringBuilder out = new StringBuilder(1024);
        disRecursive(co, showCaches, showOffsets, out);
        return out.toString();
    }

    // CPython: Lib/dis.py _disassemble_recursive
    private static void disRecursive(PyCode co, boolean showCaches, boolean showOffsets, StringBuilder out) {
        disassemble(co, showCaches, showOffsets, out);
        for (PyObject x : co.consts) {
            if (x instanceof PyCode) {
                out.append('\n');
                out.append("Disassembly of ").append(x.repr()).append(":\n");
                disRecursive((PyCode) x, showCaches, showOffsets, out);
            }
        }
    }

    /** {@code dis.disassemble(co)}: one code object, without the nested ones. */
    // CPython: Lib/dis.py disassemble, _disassemble_bytes, print_instructions
    public static void disassemble(PyCode co, boolean showCaches, boolean showOffsets, StringBuilder out) {
        Map<Integer, Integer> linestarts = lineStarts(co);
        List<ExceptionTable.Entry> entries = ExceptionTable.parse(co.exceptiontable);
        Map<Integer, Integer> labels = labelsMap(co.code, entries);
        int labelWidth = 4 + Integer.toString(labels.size()).length();
        int linenoWidth = linenoWidth(linestarts);
        int offsetWidth = showOffsets ? Integer.toString(Math.max(co.code.length - 2, 9999)).length() : 0;
        for (Instruction instr : instructions(co, linestarts, labels)) {
            printLine(instr, linenoWidth, offsetWidth, labelWidth, out);
            if (showCaches) printCaches(co.code, instr, linenoWidth, offsetWidth, labelWidth, out);
        }
        if (!entries.isEmpty()) {
            out.append("ExceptionTable:\n");
            for (ExceptionTable.Entry e : entries) {
                out.append("  L").append(labels.get(e.start())).append(" to L").append(labels.get(e.end()))
                   .append(" -> L").append(labels.get(e.target())).append(" [").append(e.depth()).append(']')
                   .append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
    }

    /** {@code dis.get_instructions(co)}. */
    public static List<Instruction> instructions(PyCode co) {
        return instructions(co, lineStarts(co), labelsMap(co.code, ExceptionTable.parse(co.exceptiontable)));
    }

    /** {@code dict(dis.findlinestarts(co))}: byte offset to line (-1 for None), where a new line starts. */
    public static Map<Integer, Integer> lineStarts(PyCode co) {
        Map<Integer, Integer> starts = new HashMap<>();
        boolean first = true;
        int last = 0;
        for (LineTable.LineRange r : LineTable.lines(co)) {
            if (first || r.line() != last) {
                starts.put(r.start(), r.line());
                last = r.line();
                first = false;
            }
        }
        return starts;
    }

    // CPython: Lib/dis.py _get_lineno_width
    private static int linenoWidth(Map<Integer, Integer> linestarts) {
        int max = -1;
        boolean hasNone = false;
        for (int line : linestarts.values()) {
            if (line == -1) hasNone = true;
            else if (line != 0) max = Math.max(max, line);
        }
        if (max == -1) return 0;
        int width = Math.max(3, Integer.toString(max).length());
        if (width < NO_LINENO.length() && hasNone) width = NO_LINENO.length();
        return width;
    }

    /** {@code deop} of dis: the unspecialised opcode (unknown numbers stay themselves). */
    static int deop(int op) {
        if (!Opcode.isValid(op) || Opcode.isPseudo(op)) return op;
        int d = Opcode.deopt(op);
        return d < 0 ? op : d;
    }

    private static boolean isBackwardJump(int op) {
        return op == Opcode.JUMP_BACKWARD || op == Opcode.JUMP_BACKWARD_NO_INTERRUPT;
    }

    /** The jump target of an instruction at {@code offset}, or -1 when it does not jump. */
    // CPython: Lib/dis.py _get_jump_target
    static long jumpTarget(int op, long arg, int offset) {
        int d = deop(op);
        if (!Opcode.hasJump(d)) return -1;
        if (isBackwardJump(d)) arg = -arg;
        return offset + 2 + arg * 2 + 2L * DisTables.cacheSize(d);
    }

    /** One step of {@code _unpack_opargs}: offset, start offset, opcode and argument (null: none). */
    private record Unpacked(int offset, int startOffset, int op, Long arg) {}

    // CPython: Lib/dis.py _unpack_opargs
    private static List<Unpacked> unpack(byte[] code) {
        List<Unpacked> out = new ArrayList<>(code.length / 2);
        long extendedArg = 0;
        int extendedArgs = 0, caches = 0;
        for (int i = 0; i + 1 < code.length; i += 2) {
            if (caches > 0) {
                caches--;
                continue;
            }
            int op = code[i] & 0xff;
            int d = deop(op);
            caches = DisTables.cacheSize(d);
            Long arg;
            if (Opcode.hasArg(d)) {
                long a = (code[i + 1] & 0xff) | extendedArg;
                arg = a;
                extendedArg = d == Opcode.EXTENDED_ARG ? a << 8 : 0;
                if (extendedArg >= (1L << 31)) extendedArg -= 1L << 32;
            } else {
                arg = null;
                extendedArg = 0;
            }
            if (d == Opcode.EXTENDED_ARG) {
                extendedArgs++;
                out.add(new Unpacked(i, i, op, arg));
            } else {
                out.add(new Unpacked(i, i - extendedArgs * 2, op, arg));
                extendedArgs = 0;
            }
        }
        return out;
    }

    // CPython: Lib/dis.py _make_labels_map, findlabels
    private static Map<Integer, Integer> labelsMap(byte[] code, List<ExceptionTable.Entry> entries) {
        TreeSet<Long> offsets = new TreeSet<>();
        for (Unpacked u : unpack(code)) {
            if (u.arg() == null) continue;
            long target = jumpTarget(u.op(), u.arg(), u.offset());
            if (target >= 0 || Opcode.hasJump(deop(u.op()))) offsets.add(target);
        }
        for (ExceptionTable.Entry e : entries) {
            offsets.add((long) e.start());
            offsets.add((long) e.end());
            offsets.add((long) e.target());
        }
        Map<Integer, Integer> labels = new HashMap<>();
        int n = 1;
        for (long off : offsets) labels.put((int) off, n++);
        return labels;
    }

    // CPython: Lib/dis.py _get_instructions_bytes
    private static List<Instruction> instructions(PyCode co, Map<Integer, Integer> linestarts,
                                                  Map<Integer, Integer> labels) {
        List<Instruction> out = new ArrayList<>();
        int line = -1;
        for (Unpacked u : unpack(co.code)) {
            boolean startsLine = linestarts.containsKey(u.offset());
            if (startsLine) line = linestarts.get(u.offset());
            String argrepr = u.arg() == null ? "" : ArgRepr.of(co, u.op(), u.arg(), u.offset(), labels);
            Integer arg = u.arg() == null ? null : (int) (long) u.arg();
            Integer label = labels.get(u.offset());
            out.add(new Instruction(Opcode.name(u.op()), u.op(), arg, argrepr, u.offset(), u.startOffset(),
                    startsLine, line, label == null ? 0 : label));
        }
        return out;
    }

    // CPython: Lib/dis.py Formatter.print_instruction_line
    private static void printLine(Instruction instr, int linenoWidth, int offsetWidth, int labelWidth,
                                  StringBuilder out) {
        if (linenoWidth > 0 && instr.startsLine() && instr.offset() > 0) out.append('\n');
        int lineStart = out.length();
        if (linenoWidth > 0) {
            if (instr.startsLine()) {
                pad(instr.lineNumber() == -1 ? NO_LINENO : Integer.toString(instr.lineNumber()), linenoWidth, out);
            } else {
                spaces(linenoWidth, out);
            }
            out.append(' ');
        }
        if (instr.label() != 0) pad("L" + instr.label() + ":", labelWidth, out);
        else spaces(labelWidth, out);
        out.append(' ');
        if (offsetWidth > 0) {
            pad(Integer.toString(instr.offset()), offsetWidth, out);
            out.append("   ");
        }
        out.append("   ").append(' ');
        out.append(instr.opname());
        spaces(OPNAME_WIDTH - instr.opname().length(), out);
        if (instr.arg() != null) {
            int excess = Math.max(0, instr.opname().length() - OPNAME_WIDTH);
            out.append(' ');
            pad(Integer.toString(instr.arg()), OPARG_WIDTH - excess, out);
            if (!instr.argrepr().isEmpty()) out.append(" (").append(instr.argrepr()).append(')');
        }
        int end = out.length();
        while (end > lineStart && Character.isWhitespace(out.charAt(end - 1))) end--;
        out.setLength(end);
        out.append('\n');
    }

    // CPython: Lib/dis.py Formatter.print_instruction (the show_caches part)
    private static void printCaches(byte[] code, Instruction instr, int linenoWidth, int offsetWidth,
                                    int labelWidth, StringBuilder out) {
        DisTables.CacheField[] format = DisTables.cacheFormat(deop(instr.opcode()));
        if (format == null) return;
        int offset = instr.offset();
        for (DisTables.CacheField f : format) {
            // dis reads every field's data from the first cache unit on (as 3.13.0 does).
            long value = 0;
            for (int k = 2 * f.size() - 1; k >= 0; k--) {
                int at = instr.offset() + 2 + k;
                value = (value << 8) | (at < code.length ? code[at] & 0xff : 0);
            }
            for (int i = 0; i < f.size(); i++) {
                offset += 2;
                String argrepr = i == 0 ? f.name() + ": " + Long.toUnsignedString(value) : "";
                printLine(new Instruction("CACHE", Opcode.CACHE, 0, argrepr, offset, offset, false, -1, 0),
                        linenoWidth, offsetWidth, labelWidth, out);
            }
        }
    }

    private static void pad(String s, int width, StringBuilder out) {
        spaces(width - s.length(), out);
        out.append(s);
    }

    private static void spaces(int n, StringBuilder out) {
        for (int i = 0; i < n; i++) out.append(' ');
    }
}
