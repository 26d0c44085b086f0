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
