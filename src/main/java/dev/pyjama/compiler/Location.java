package dev.pyjama.compiler;

/**
 * Where an instruction comes from in the source: first and last line (1-based), first and
 * last column (UTF-8 byte offsets, 0-based, end exclusive). -1 in a field means "none";
 * {@link #NO_LOCATION} is an instruction without any position (it inherits one, or gets a
 * "no location" entry in the location table).
 */
// CPython: Include/internal/pycore_symtable.h _Py_SourceLocation
public record Location(int lineno, int endLineno, int colOffset, int endColOffset) {
    public static final Location NO_LOCATION = new Location(-1, -1, -1, -1);

    /** Whether this location has a line number. */
    public boolean hasLine() {
        return lineno >= 0;
    }

    // Written out rather than left to the record: the generated ones link through an
    // invokedynamic bootstrap (ObjectMethods) that spins method-handle classes at run time, the
    // largest cost of compiling `pass` at start-up (the assembler compares every instruction's).
    @Override
    public boolean equals(Object o) {
        return o instanceof Location l && lineno == l.lineno && endLineno == l.endLineno && colOffset == l.colOffset
                && endColOffset == l.endColOffset;
    }

    @Override
    public int hashCode() {
        return ((lineno * 31 + endLineno) * 31 + colOffset) * 31 + endColOffset;
    }
}
