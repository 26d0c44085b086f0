package dev.pyjama.parser;

import dev.pyjama.objects.PySyntaxError;

import java.nio.charset.StandardCharsets;

/**
 * Test-side stand-in for the parser's conversion of an ERRORTOKEN into an exception, enough
 * to compare the tokenizer's error codes with what compile() raises. The parser owns the
 * real port; this one assumes the error token is the last token the parser read.
 */
// CPython: Parser/pegen_errors.c _Pypegen_tokenizer_error, _Pypegen_raise_decode_error,
//          _PyPegen_raise_error, _PyPegen_raise_error_known_location
final class PegenTokenizerErrors {
    private PegenTokenizerErrors() {}

    static PySyntaxError fromErrorToken(Tokenizer tok, Token t) {
        switch (tok.done()) {
            case Tokenizer.E_EOF:
                if (tok.level() > 0) {
                    int l = tok.level() - 1;
                    return known(tok, "SyntaxError", "'" + (char) tok.parenChar(l) + "' was never closed",
                            tok.parenLineno(l), tok.parenCol(l) + 1, tok.parenLineno(l), 0);
                }
                return raise(tok, t, "SyntaxError", "unexpected EOF while parsing");
            case Tokenizer.E_DEDENT:
                return raise(tok, t, "IndentationError", "unindent does not match any outer indentation level");
            case Tokenizer.E_TABSPACE:
                return known(tok, "TabError", "inconsistent use of tabs and spaces in indentation", tok.lineno(), 1, tok.lineno(), 0);
            case Tokenizer.E_TOODEEP:
                return known(tok, "IndentationError", "too many levels of indentation", tok.lineno(), 1, tok.lineno(), 0);
            case Tokenizer.E_LINECONT: {
                int col = tok.cur() - tok.bufStart() - 1;
                return known(tok, "SyntaxError", "unexpected character after line continuation character",
                        tok.lineno(), (col >= 0 ? col : 0) + 1, tok.lineno(), 0);
            }
            case Tokenizer.E_DECODE:
                return raise(tok, t, "SyntaxError", "(unicode error) " + tok.decodeError());
            default:
                return known(tok, "SyntaxError", "unknown parsing error", tok.lineno(), 1, tok.lineno(), 0);
        }
    }

    /** _PyPegen_raise_error with the error token as the last token. */
    private static PySyntaxError raise(Tokenizer tok, Token t, String type, String msg) {
        int col;
        if (t.colOffset == -1) {
            col = tok.cur() == tok.bufStart() ? 0 : tok.cur() - tok.lineStart();
        } else {
            col = t.colOffset + 1;
        }
        int endCol = t.endColOffset != -1 ? t.endColOffset + 1 : -1;
        return known(tok, type, msg, t.lineno, col, t.endLineno, endCol);
    }

    /** _PyPegen_raise_error_known_location, for a source that is not a file on disk. */
    private static PySyntaxError known(Tokenizer tok, String type, String msg, int lineno, int col, int endLineno, int endCol) {
        byte[] buf = tok.buffer();
        String line;
        if (tok.lineno() <= lineno && tok.lineEnd() > tok.bufStart()) {
            line = Utf8.decodeReplace(buf, tok.lineStart(), tok.lineEnd());
        } else {
            int p = 0;
            for (int i = 0; i < lineno - 1; i++) {
                int nl = p;
                while (nl < buf.length && buf[nl] != '\n') nl++;
                if (nl >= buf.length) break;
                p = nl + 1;
            }
            int e = p;
            while (e < buf.length && buf[e] != '\n') e++;
            line = Utf8.decodeReplace(buf, p, e);
        }
        int colNumber = byteToChar(line, col);
        int endColNumber = endCol > 0 ? byteToChar(line, endCol) : endCol;
        return new PySyntaxError(type, msg, tok.filename(), lineno, colNumber, line, endLineno, endColNumber);
    }

    /** _PyPegen_byte_offset_to_character_offset: may count the terminating NUL as a character. */
    private static int byteToChar(String line, int col) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        if (col > b.length + 1) col = b.length + 1;
        if (col <= b.length) return Utf8.countChars(b, 0, Math.max(0, col));
        return Utf8.countChars(b, 0, b.length) + 1;
    }
}
