package dev.pyjama.code;

import java.util.ArrayList;
import java.util.List;

/**
 * Decoding of {@code co_exceptiontable}. Each entry is four varints (high 6-bit groups
 * first, bit 6 meaning "more follows", bit 7 set on the entry's first byte): start and
 * length of the protected range and the handler, in code units, then {@code depth << 1 | lasti}.
 */
// CPython: Lib/dis.py _parse_exception_table; Python/ceval.c get_exception_handler
public final class ExceptionTable {
    private ExceptionTable() {}

    /**
     * One entry, offsets in bytes as {@code dis} shows them: the instructions in
     * {@code [start, end)} are handled at {@code target} with the value stack cut to
     * {@code depth} items, and when {@code lasti} is set the offset of the raising
     * instruction is pushed too.
     */
    public record Entry(int start, int end, int target, int depth, boolean lasti) {}

    /** The handler for one instruction, with {@code handler} in code units as ceval uses it. */
    public record Handler(int handler, int depth, boolean lasti) {}

    /** Every entry, as {@code dis._parse_exception_table} lists them (a truncated last entry is dropped). */
    public static List<Entry> parse(byte[] table) {
        List<Entry> out = new ArrayList<>();
        int[] pos = {0};
        while (true) {
            long start = read(table, pos), length = read(table, pos), target = read(table, pos),
                 dl = read(table, pos);
            if (start < 0 || length < 0 || target < 0 || dl < 0) return out;
            out.add(new Entry((int) start * 2, (int) (start + length) * 2, (int) target * 2,
                              (int) (dl >> 1), (dl & 1) != 0));
        }
    }

    /** The next varint, or -1 when the table ends first (dis's StopIteration). */
    private static long read(byte[] t, int[] pos) {
        int p = pos[0];
        if (p >= t.length) return -1;
        int b = t[p++] & 0xff;
        long val = b & 63;
        while ((b & 64) != 0) {
            if (p >= t.length) {
                pos[0] = p;
                return -1;
            }
            b = t[p++] & 0xff;
            val = (val << 6) | (b & 63);
        }
        pos[0] = p;
        return val;
    }

    /**
     * The handler covering the instruction at code-unit {@code index} of {@code co}, or null:
     * as {@link #lookup(byte[], int)}, from the table decoded once per code object (a raise no
     * longer parses varints nor allocates the handler).
     */
    public static Handler lookup(PyCode co, int index) {
        Decoded d = co.decodedExceptionTable;
        if (d == null) co.decodedExceptionTable = d = decode(co.exceptiontable);
        if (d == NOT_DECODABLE) return lookup(co.exceptiontable, index);
        int[] starts = d.starts;
        // the last entry starting at or before index (entries are sorted and disjoint)
        int lo = 0, hi = starts.length - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= index) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && index < d.ends[found] ? d.handlers[found] : null;
    }

    /** A table's entries as arrays: start and end (exclusive) in code units, and the handler. */
    public static final class Decoded {
        final int[] starts, ends;
        final Handler[] handlers;

        private Decoded(int[] starts, int[] ends, Handler[] handlers) {
            this.starts = starts;
            this.ends = ends;
            this.handlers = handlers;
        }
    }

    /** A table the bytes lookup must read itself: malformed, unsorted or overlapping (made by hand through CodeType). */
    private static final Decoded NOT_DECODABLE = new Decoded(new int[0], new int[0], new Handler[0]);

    private static Decoded decode(byte[] table) {
        int[] pos = {0};
        List<int[]> rows = new ArrayList<>();
        int prevEnd = 0;
        while (pos[0] < table.length) {
            if ((table[pos[0]] & 128) == 0) return NOT_DECODABLE; // an entry must start with bit 7 set
            long start = read(table, pos), length = read(table, pos), target = read(table, pos), dl = read(table, pos);
            if (start < 0 || length < 0 || target < 0 || dl < 0) return NOT_DECODABLE;
            if (start < prevEnd || start + length > Integer.MAX_VALUE || dl > Integer.MAX_VALUE) return NOT_DECODABLE;
            prevEnd = (int) (start + length);
            rows.add(new int[] {(int) start, prevEnd, (int) target, (int) dl});
        }
        int n = rows.size();
        int[] starts = new int[n], ends = new int[n];
        Handler[] handlers = new Handler[n];
        for (int i = 0; i < n; i++) {
            int[] r = rows.get(i);
            starts[i] = r[0];
            ends[i] = r[1];
            handlers[i] = new Handler(r[2], r[3] >> 1, (r[3] & 1) != 0);
        }
        return new Decoded(starts, ends, handlers);
    }

    /**
     * The handler covering the instruction at code-unit {@code index}, or null: a binary
     * search over entry starts when the table is long, then a linear scan, as ceval does.
     */
    // CPython: Python/ceval.c get_exception_handler, scan_back_to_entry_start, skip_to_next_entry
    public static Handler lookup(byte[] table, int index) {
        int start = 0, end = table.length;
        int[] val = new int[1];
        if (end - start > MAX_LINEAR_SEARCH) {
            parseVarint(table, start, val);
            if (val[0] > index) return null;
            do {
                int mid = start + ((end - start) >> 1);
                while (mid > 0 && (table[mid] & 128) == 0) mid--;
                parseVarint(table, mid, val);
                if (val[0] > index) end = mid;
                else start = mid;
            } while (end - start > MAX_LINEAR_SEARCH);
        }
        int scan = start;
        while (scan < end) {
            scan = parseVarint(table, scan, val);
            int startOffset = val[0];
            if (startOffset > index) break;
            scan = parseVarint(table, scan, val);
            if (startOffset + val[0] > index) {
                scan = parseVarint(table, scan, val);
                int handler = val[0];
                parseVarint(table, scan, val);
                return new Handler(handler, val[0] >> 1, (val[0] & 1) != 0);
            }
            while (scan < end && (table[scan] & 128) == 0) scan++;
        }
        return null;
    }

    private static final int MAX_LINEAR_SEARCH = 40;

    /** Reads a varint at {@code p} into {@code out[0]}; returns the position after it. */
    // CPython: Include/internal/pycore_code.h parse_varint
    private static int parseVarint(byte[] t, int p, int[] out) {
        int b = p < t.length ? t[p] & 0xff : 0;
        int val = b & 63;
        while ((b & 64) != 0) {
            p++;
            b = p < t.length ? t[p] & 0xff : 0;
            val = (val << 6) | (b & 63);
        }
        out[0] = val;
        return p + 1;
    }
}
