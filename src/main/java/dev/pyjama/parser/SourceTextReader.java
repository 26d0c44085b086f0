package dev.pyjama.parser;

/**
 * Reads the lines of a script that declares an encoding other than UTF-8 the way CPython's
 * file tokenizer gets them once it has seen the coding cookie: from the {@code readline()} of
 * {@code io.open(fd, "r", encoding=...)}, opened one byte before the end of the cookie line.
 * That TextIOWrapper decodes the file in 8192-byte chunks with the codec's incremental
 * decoder, each chunk as a whole when a line first needs it, and translates {@code \r\n} and
 * {@code \r} to {@code \n}. So an undecodable byte fails the read of the first line that
 * reaches its chunk, and the error's position counts from the start of that chunk (plus what
 * the decoder kept back from the previous one).
 */
// CPython: Modules/_io/textio.c _textiowrapper_readline, textiowrapper_read_chunk,
//          _PyIncrementalNewlineDecoder_decode (newline=None)
final class SourceTextReader {
    /** TextIOWrapper's chunk size; BufferedReader.read1 on a file returns as much at once. */
    static final int CHUNK_SIZE = 8192;

    private final byte[] file;
    private final String encoding;
    /** The next byte the buffered reader hands out. */
    private int pos;
    /** Input the incremental decoder holds back (an incomplete multibyte sequence). */
    private byte[] held = new byte[0];
    /** A decoded '\r' kept back until the next chunk shows whether '\n' follows. */
    private boolean pendingCr;
    private boolean streamStart = true;
    /** Decoded, newline-translated UTF-8 text not yet returned: decoded[dStart, dEnd). */
    private byte[] decoded = new byte[0];
    private int dStart, dEnd;

    /**
     * Opens the reader at byte {@code pos} of {@code file}. Throws when Python has no text
     * codec of that name.
     */
    SourceTextReader(byte[] file, int pos, String encoding) throws SourceCodecs.DecodeFailure {
        SourceCodecs.checkTextEncoding(encoding);
        this.file = file;
        this.pos = pos;
        this.encoding = encoding;
    }

    /**
     * Appends the next line (UTF-8, with its '\n' unless it is the last and has none) to
     * {@code out}; returns its length, 0 at the end of the file. Throws the text of the
     * UnicodeDecodeError when a chunk it needs does not decode.
     */
    int readLine(SourceFile.ByteSink out) throws SourceCodecs.DecodeFailure {
        int before = out.size();
        for (;;) {
            for (int i = dStart; i < dEnd; i++) {
                if (decoded[i] == '\n') {
                    out.append(decoded, dStart, i + 1);
                    dStart = i + 1;
                    return out.size() - before;
                }
            }
            out.append(decoded, dStart, dEnd);
            dStart = dEnd = 0;
            if (!readChunk()) {
                return out.size() - before;
            }
        }
    }

    /** Decodes the next chunk into {@link #decoded}; false at the end of the file. */
    // CPython: Modules/_io/textio.c textiowrapper_read_chunk
    private boolean readChunk() throws SourceCodecs.DecodeFailure {
        int n = Math.min(CHUNK_SIZE, file.length - pos);
        boolean eof = n == 0;
        byte[] input = new byte[held.length + n];
        System.arraycopy(held, 0, input, 0, held.length);
        System.arraycopy(file, pos, input, held.length, n);
        pos += n;
        SourceCodecs.Increment r = SourceCodecs.decodeIncremental(input, 0, input.length, encoding, eof, streamStart);
        streamStart = false;
        held = java.util.Arrays.copyOfRange(input, r.consumed(), input.length);
        int produced = newlines(r.utf8(), eof);
        return !eof || produced > 0;
    }

    /**
     * The newline decoder: a '\r' left from the previous chunk goes first, a final '\r' waits
     * for the next chunk, then \r\n and \r become \n. Returns the number of characters the
     * chunk gave (after the '\r' moves, before translation).
     */
    // CPython: Modules/_io/textio.c _PyIncrementalNewlineDecoder_decode
    private int newlines(byte[] text, boolean last) {
        int from = 0;
        int to = text.length;
        boolean leadingCr = false;
        if (pendingCr && (last || to > 0)) {
            leadingCr = true;
            pendingCr = false;
        }
        int len = to + (leadingCr ? 1 : 0);
        if (!last && len > 0 && (to > 0 ? text[to - 1] == '\r' : leadingCr)) {
            if (to > 0) {
                to--;
            } else {
                leadingCr = false;
            }
            pendingCr = true;
            len--;
        }
        if (decoded.length < dEnd + len) {
            decoded = java.util.Arrays.copyOf(decoded, Math.max(dEnd + len, decoded.length * 2));
        }
        int o = dEnd;
        boolean afterCr = false;
        if (leadingCr) {
            decoded[o++] = '\n';
            afterCr = true;
        }
        for (int i = from; i < to; i++) {
            byte c = text[i];
            if (c == '\n' && afterCr) {
                afterCr = false;
                continue;
            }
            afterCr = c == '\r';
            decoded[o++] = c == '\r' ? (byte) '\n' : c;
        }
        dEnd = o;
        return len;
    }
}
