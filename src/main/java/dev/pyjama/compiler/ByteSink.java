package dev.pyjama.compiler;

import java.util.Arrays;

/** A growable byte array for the assembler's tables. */
final class ByteSink {
    private byte[] buf;
    private int len;

    ByteSink(int capacity) {
        buf = new byte[capacity];
    }

    void write(int b) {
        if (len == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
        buf[len++] = (byte) b;
    }

    int size() {
        return len;
    }

    byte[] toArray() {
        return Arrays.copyOf(buf, len);
    }
}
