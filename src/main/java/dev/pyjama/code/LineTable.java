package dev.pyjama.code;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Decoding of {@code co_linetable}, CPython 3.13's location table, exactly as CPython reads it.
 *
 * <p>The table is a sequence of entries, each covering 1 to 8 code units. An entry's first
 * byte has bit 7 set, the entry kind in bits 3-6 and the number of code units minus one in
 * bits 0-2; the bytes that follow (bit 7 clear) carry the line delta and columns as the kind
 * prescribes. Line and column values of -1 stand for Python's {@code None}.
 *
 * <p>Offsets are in bytes (two per code unit), as {@code co_lines()} and {@code dis} report them.
 * Malformed tables never make these methods throw: bytes past the end read as zero.
 */
// CPython: Objects/codeobject.c (source location tracking), Include/cpython/code.h _PyCodeLocationInfoKind
public final class LineTable {
    private LineTable() {}

    /** Kinds 0-9: same line, column {@code kind*8 + (b>>4)}, end column column + (b & 15). */
    public static final int SHORT0 = 0;
    /** Kinds 10-12: line delta 0, 1 or 2, then a byte each for column and end column. */
    public static final int ONE_LINE0 = 10, ONE_LINE1 = 11, ONE_LINE2 = 12;
    /** A signed-varint line delta, no column information. */
    public static final int NO_COLUMNS = 13;
    /** Signed line delta, end line delta, column+1 and end column+1, all varints. */
    public static final int LONG = 14;
    /** No location at all (an artificial instruction). */
    public static final int NONE = 15;

    /** One item of {@code co_lines()}: the bytes {@code [start, end)} belong to {@code line} (-1: None). */
    public record LineRange(int start, int end, int line) {}

    /** One item of {@code co_positions()}, one per code unit; -1 stands for None. */
    public record Position(int line, int endLine, int column, int endColumn) {
        public static final Position NONE = new Position(-1, -1, -1, -1);
    }

    /** {@code co.co_lines()}: consecutive ranges with the same line merged, as 3.13's iterator does. */
    // CPython: Objects/codeobject.c lineiter_next
    public static List<LineRange> lines(byte[] table, int firstLineno) {
        List<LineRange> out = new ArrayList<>();
        AddressRange r = new AddressRange(table, firstLineno);
        while (r.next()) {
            int start = r.start, line = r.line;
            while (r.next()) {
                if (r.line != line) {
                    r.previous();
                    break;
                }
            }
            out.add(new LineRange(start, r.end, line));
        }
        return out;
    }

    public static List<LineRange> lines(PyCode co) {
        return lines(co.linetable, co.firstlineno);
    }

    /**
     * {@code co.co_positions()}: one position per code unit, for as many code units as the
     * table covers (a short table yields fewer items than co_code has units).
     */
    // CPython: Objects/codeobject.c positionsiter_next
    public static List<Position> positions(byte[] table, int firstLineno) {
        List<Position> out = new ArrayList<>();
        Locations it = new Locations(table, firstLineno);
        while (it.advance()) {
            Position p = it.position();
            for (int off = it.range.start; off < it.range.end; off += 2) out.add(p);
        }
        return out;
    }

    public static List<Position> positions(PyCode co) {
        return positions(co.linetable, co.firstlineno);
    }

    /** The line of the instruction at byte offset {@code addrq}; -1 when it has none. */
    // CPython: Objects/codeobject.c PyCode_Addr2Line (without the instrumentation shortcut)
    public static int addr2Line(PyCode co, int addrq) {
        if (addrq < 0) return co.firstlineno;
        int[] lines = co.lineByUnit;
        if (lines == null) co.lineByUnit = lines = lineByUnit(co);
        int unit = addrq >> 1;
        return unit < lines.length ? lines[unit] : -1;
    }

    /**
     * The line of every code unit (-1: none), decoded once per code object: line events,
     * tracebacks and {@code f_lineno} ask for lines often enough that walking the table each
     * time dominated a traced run.
     */
    private static int[] lineByUnit(PyCode co) {
        AddressRange r = new AddressRange(co.linetable, co.firstlineno);
        int units = 0;
        while (r.next()) units = r.end >> 1;
        int[] lines = new int[units];
        r = new AddressRange(co.linetable, co.firstlineno);
        while (r.next()) java.util.Arrays.fill(lines, r.start >> 1, r.end >> 1, r.line);
        return lines;
    }

    /** The full location of the instruction at byte offset {@code addrq}. */
    // CPython: Objects/codeobject.c PyCode_Addr2Location
    public static Position addr2Location(PyCode co, int addrq) {
        if (addrq < 0) return new Position(co.firstlineno, co.firstlineno, 0, 0);
        Locations it = new Locations(co.linetable, co.firstlineno);
        Position last = Position.NONE;
        while (it.advance()) {
            last = it.position();
            if (addrq < it.range.end) return last;
        }
        return last;
    }

    /** The legacy {@code co_lnotab}, rebuilt from the location table. */
    // CPython: Objects/codeobject.c decode_linetable, emit_delta
    public static byte[] lnotab(PyCode co) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AddressRange r = new AddressRange(co.linetable, co.firstlineno);
        int codeOffset = 0, line = co.firstlineno;
        while (r.next()) {
            if (r.computedLine != line) {
                int bdelta = r.start - codeOffset, ldelta = r.computedLine - line;
                while (bdelta > 255) {
                    out.write(255);
                    out.write(0);
                    bdelta -= 255;
                }
                while (ldelta > 127) {
                    out.write(bdelta);
                    out.write(127);
                    bdelta = 0;
                    ldelta -= 127;
                }
                while (ldelta < -128) {
                    out.write(bdelta);
                    out.write(-128);
                    bdelta = 0;
                    ldelta += 128;
                }
                out.write(bdelta);
                out.write(ldelta);
                codeOffset = r.start;
                line = r.computedLine;
            }
        }
        return out.toByteArray();
    }

    /** The kind of the entry whose first byte is {@code b}. */
    public static int kind(int b) {
        return (b >> 3) & 15;
    }

    /**
     * A cursor over the table's entries that moves both ways, giving each entry's byte range
     * and line: CPython's {@code PyCodeAddressRange}, which line events and {@code f_lineno}
     * are computed with.
     */
    // CPython: Objects/codeobject.c _PyLineTable_InitAddressRange, _PyLineTable_NextAddressRange,
    // _PyLineTable_PreviousAddressRange, _PyCode_CheckLineNumber
    public static final class AddressRange {
        private final byte[] table;
        private final int limit;
        private int next;
        int computedLine;
        /** The current range, {@code [start, end)} in bytes, and its line (-1: none). */
        public int start = -1, end = 0, line = -1;

        public AddressRange(byte[] table, int firstLineno) {
            this.table = table;
            this.limit = table.length;
            this.computedLine = firstLineno;
        }

        public boolean atEnd() {
            return next >= limit;
        }

        /** Moves to the next entry; false (and no move) at the end of the table. */
        public boolean next() {
            if (atEnd()) return false;
            computedLine += lineDelta(next);
            line = isNoLineMarker(byteAt(next)) ? -1 : computedLine;
            start = end;
            end += ((byteAt(next) & 7) + 1) * 2;
            do {
                next++;
            } while (next < limit && (byteAt(next) & 128) == 0);
            return true;
        }

        /** Moves to the previous entry; false (and no move) at the first one. */
        public boolean previous() {
            if (start <= 0) return false;
            do {
                next--;
            } while (next > 0 && (byteAt(next) & 128) == 0);
            computedLine -= lineDelta(next);
            end = start;
            start -= previousCodeDelta();
            line = isNoLineMarker(byteAt(next - 1)) ? -1 : computedLine;
            return true;
        }

        /**
         * Moves to the range holding byte offset {@code lasti} and returns its line (-1 for
         * none, or when {@code lasti} is past the table).
         */
        public int checkLineNumber(int lasti) {
            while (end <= lasti) {
                if (!next()) return -1;
            }
            while (start > lasti) {
                if (!previous()) return -1;
            }
            return line;
        }

        private int previousCodeDelta() {
            if (start == 0) return 1;
            int p = next - 1;
            while (p > 0 && (byteAt(p) & 128) == 0) p--;
            return ((byteAt(p) & 7) + 1) * 2;
        }

        private int byteAt(int i) {
            return i >= 0 && i < limit ? table[i] & 0xff : 0;
        }

        // CPython: Objects/codeobject.c get_line_delta
        private int lineDelta(int p) {
            switch (kind(byteAt(p))) {
                case NO_COLUMNS:
                case LONG:
                    return Varint.signedAt(table, p + 1);
                case ONE_LINE1:
                    return 1;
                case ONE_LINE2:
                    return 2;
                default:
                    return 0;
            }
        }

        private static boolean isNoLineMarker(int b) {
            return (b >> 3) == 0x1f;
        }
    }

    /** Walks the entries reading their columns too. */
    // CPython: Objects/codeobject.c advance_with_locations
    private static final class Locations {
        final AddressRange range;
        private final byte[] table;
        private int p;
        int endLine = -1, column = -1, endColumn = -1;

        Locations(byte[] table, int firstLineno) {
            this.range = new AddressRange(table, firstLineno);
            this.table = table;
        }

        Position position() {
            return new Position(range.line, endLine, column, endColumn);
        }

        boolean advance() {
            if (p >= table.length) return false;
            int first = read();
            int code = kind(first);
            range.start = range.end;
            range.end = range.start + ((first & 7) + 1) * 2;
            switch (code) {
                case NONE:
                    range.line = endLine = -1;
                    column = endColumn = -1;
                    break;
                case LONG:
                    range.computedLine += readSigned();
                    range.line = range.computedLine;
                    endLine = range.line + readUnsigned();
                    column = readUnsigned() - 1;
                    endColumn = readUnsigned() - 1;
                    break;
                case NO_COLUMNS:
                    range.computedLine += readSigned();
                    endLine = range.line = range.computedLine;
                    column = endColumn = -1;
                    break;
                case ONE_LINE0:
                case ONE_LINE1:
                case ONE_LINE2:
                    range.computedLine += code - ONE_LINE0;
                    endLine = range.line = range.computedLine;
                    column = read();
                    endColumn = read();
                    break;
                default: {
                    int second = read();
                    endLine = range.line = range.computedLine;
                    column = code << 3 | (second >> 4);
                    endColumn = column + (second & 15);
                }
            }
            return true;
        }

        private int read() {
            if (p < table.length) return table[p++] & 0xff;
            p++;
            return 0;
        }

        private int readUnsigned() {
            int b = read();
            int val = b & 63, shift = 0;
            while ((b & 64) != 0) {
                b = read();
                shift += 6;
                val |= (b & 63) << shift;
            }
            return val;
        }

        private int readSigned() {
            int u = readUnsigned();
            return (u & 1) != 0 ? -(u >>> 1) : u >>> 1;
        }
    }
}
