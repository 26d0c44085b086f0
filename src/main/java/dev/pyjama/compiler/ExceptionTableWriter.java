package dev.pyjama.compiler;

/**
 * Writes co_exceptiontable: one entry per run of instructions with the same handler, as
 * start, length, handler offset and (depth << 1 | lasti), each a big-endian varint of 6-bit
 * groups; the first byte of an entry carries the 0x80 marker.
 */
// CPython: Python/assemble.c assemble_emit_exception_table_entry/_item;
// Objects/exception_handling_notes.txt
final class ExceptionTableWriter {
    private static final int CONTINUATION_BIT = 64;

    private final ByteSink out = new ByteSink(16);

    byte[] toArray() {
        return out.toArray();
    }

    // CPython: Python/assemble.c assemble_emit_exception_table_item
    private void item(int value, int msb) {
        assert (msb | 128) == 128;
        assert value >= 0 && value < (1 << 30);
        if (value >= 1 << 24) {
            out.write((value >> 24) | CONTINUATION_BIT | msb);
            msb = 0;
        }
        if (value >= 1 << 18) {
            out.write(((value >> 18) & 0x3f) | CONTINUATION_BIT | msb);
            msb = 0;
        }
        if (value >= 1 << 12) {
            out.write(((value >> 12) & 0x3f) | CONTINUATION_BIT | msb);
            msb = 0;
        }
        if (value >= 1 << 6) {
            out.write(((value >> 6) & 0x3f) | CONTINUATION_BIT | msb);
            msb = 0;
        }
        out.write((value & 0x3f) | msb);
    }

    /**
     * Code units [start, end) go to {@code handlerOffset}; {@code startdepth} is the handler
     * block's entry depth, which includes the exception (and lasti) it receives.
     */
    // CPython: Python/assemble.c assemble_emit_exception_table_entry
    void entry(int start, int end, int handlerOffset, int startdepth, boolean preserveLasti) {
        int size = end - start;
        assert end > start;
        int depth = startdepth - 1;
        if (preserveLasti) {
            depth -= 1;
        }
        assert depth >= 0;
        int depthLasti = (depth << 1) | (preserveLasti ? 1 : 0);
        item(start, 1 << 7);
        item(size, 0);
        item(handlerOffset, 0);
        item(depthLasti, 0);
    }
}
