package dev.pyjama.compiler;

/**
 * Writes co_linetable: per run of code units with the same location, entries of at most 8
 * code units each, in the shortest of CPython 3.13's forms (short, one-line, no-column,
 * long, none). Lines are stored relative to the previous entry's line.
 */
// CPython: Python/assemble.c write_location_info_entry and friends; Objects/locations.md
final class LocationTableWriter {
    // Entry codes (Include/cpython/code.h _PyCodeLocationInfoKind).
    private static final int SHORT0 = 0;
    private static final int ONE_LINE0 = 10;
    private static final int NO_COLUMNS = 13;
    private static final int LONG = 14;
    private static final int NONE = 15;

    private final ByteSink out = new ByteSink(32);
    /** The line of the last entry that had one. */
    private int lineno;

    LocationTableWriter(int firstlineno) {
        this.lineno = firstlineno;
    }

    byte[] toArray() {
        return out.toArray();
    }

    // CPython: Include/internal/pycore_code.h write_location_entry_start
    private void firstByte(int code, int length) {
        assert (code & 15) == code;
        out.write(128 | (code << 3) | (length - 1));
    }

    // CPython: Include/internal/pycore_code.h write_varint
    private void varint(int val) {
        while (Integer.compareUnsigned(val, 64) >= 0) {
            out.write(64 | (val & 63));
            val >>>= 6;
        }
        out.write(val);
    }

    // CPython: Include/internal/pycore_code.h write_signed_varint
    private void signedVarint(int val) {
        varint(val < 0 ? ((0 - val) << 1) | 1 : val << 1);
    }

    // CPython: Python/assemble.c write_location_info_entry
    private void entry(Location loc, int isize) {
        if (loc.lineno() == Location.NO_LOCATION.lineno()) {
            firstByte(NONE, isize);
            return;
        }
        int lineDelta = loc.lineno() - lineno;
        int column = loc.colOffset();
        int endColumn = loc.endColOffset();
        if (column < 0 || endColumn < 0) {
            if (loc.endLineno() == loc.lineno() || loc.endLineno() < 0) {
                firstByte(NO_COLUMNS, isize);
                signedVarint(lineDelta);
                lineno = loc.lineno();
                return;
            }
        } else if (loc.endLineno() == loc.lineno()) {
            if (lineDelta == 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
                // Short form: column group in the code, low column bits and width in one byte.
                firstByte(SHORT0 + (column >> 3), isize);
                out.write(((column & 7) << 4) | (endColumn - column));
                return;
            }
            if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
                firstByte(ONE_LINE0 + lineDelta, isize);
                out.write(column);
                out.write(endColumn);
                lineno = loc.lineno();
                return;
            }
        }
        firstByte(LONG, isize);
        signedVarint(loc.lineno() - lineno);
        assert loc.endLineno() >= loc.lineno();
        varint(loc.endLineno() - loc.lineno());
        varint(loc.colOffset() + 1);
        varint(loc.endColOffset() + 1);
        lineno = loc.lineno();
    }

    /** The location of {@code isize} code units. */
    // CPython: Python/assemble.c assemble_emit_location
    void emit(Location loc, int isize) {
        if (isize == 0) {
            return;
        }
        while (isize > 8) {
            entry(loc, 8);
            isize -= 8;
        }
        entry(loc, isize);
    }
}
