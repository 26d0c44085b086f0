package dev.pyjama.parser;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the parser needs to know about where its source came from: the file name errors
 * and warnings carry, the start rule, whether the source was read from a script file, and
 * how to find the file on disk again (CPython rereads the offending line from the file
 * named in a SyntaxError).
 */
public final class ParserContext {
    /** The start rule: compile()'s mode. */
    public enum Mode { FILE, EVAL, SINGLE, FUNC_TYPE }

    final String filename;
    final Mode mode;
    /** True when running a script file (CPython's file tokenizer), false for compile()/ast.parse(). */
    final boolean fromFile;
    final boolean barryAsBdfl;
    private final Path cwd;
    private final PrintStream warnings;

    public ParserContext(String filename, Mode mode, boolean fromFile, boolean barryAsBdfl, Path cwd,
                         PrintStream warnings) {
        this.filename = filename;
        this.mode = mode;
        this.fromFile = fromFile;
        this.barryAsBdfl = barryAsBdfl;
        this.cwd = cwd;
        this.warnings = warnings;
    }

    /** A context for {@code ast.parse(source, filename)} relative to the current directory. */
    public static ParserContext forString(String filename, Path cwd, PrintStream warnings) {
        return new ParserContext(filename, Mode.FILE, false, false, cwd, warnings);
    }

    /**
     * Line {@code lineno} of the file named by the error, decoded with the source's encoding
     * ({@code null}: none declared), or null when the file cannot be read. This follows CPython
     * 3.13.0, the reference binary, where 3.13.5 differs: lines are read in chunks of at most
     * 999 bytes and a longer line's last chunk is kept (3.13.5: the first), a BOM stays in
     * the text (3.13.5 skips it), and without a declared encoding the line must be valid
     * UTF-8 (3.13.5 decodes it with "replace").
     */
    // CPython: Python/errors.c _PyErr_ProgramDecodedTextObject, err_programtext
    String programText(int lineno, String encoding) {
        if (filename == null || lineno <= 0) {
            return null;
        }
        byte[] data;
        try {
            Path p = cwd == null ? Path.of(filename) : cwd.resolve(filename);
            if (!Files.isRegularFile(p)) {
                return null;
            }
            data = Files.readAllBytes(p);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        // Universal-newline reading in chunks of at most 999 bytes, as fgets into a 1000-byte buffer.
        int pos = 0;
        int lineStart = 0, lineLen = 0;
        int i = 0;
        while (i < lineno) {
            if (pos >= data.length) {
                return null;
            }
            int start = pos;
            int n = 0;
            boolean newline = false;
            while (pos < data.length && n < 999) {
                byte b = data[pos];
                if (b == '\r') {
                    pos++;
                    if (pos < data.length && data[pos] == '\n') pos++;
                    newline = true;
                    n++;
                    break;
                }
                pos++;
                n++;
                if (b == '\n') {
                    newline = true;
                    break;
                }
            }
            lineStart = start;
            lineLen = pos - start;
            if (n == 999 && !newline) {
                continue;
            }
            i++;
        }
        byte[] line = new byte[lineLen];
        System.arraycopy(data, lineStart, line, 0, lineLen);
        // A \r or \r\n read in universal-newline mode becomes \n.
        int len = lineLen;
        if (len > 0 && line[len - 1] == '\n' && len > 1 && line[len - 2] == '\r') {
            line[len - 2] = '\n';
            len--;
        } else if (len > 0 && line[len - 1] == '\r') {
            line[len - 1] = '\n';
        }
        // CPython 3.13.0 keeps the chunk up to its first NUL (strlen) with any BOM, and decodes
        // it with "replace" when the source declared an encoding (cookie or BOM), else strictly
        // as UTF-8, giving up (null) on a line that is not UTF-8.
        for (int k = 0; k < len; k++) {
            if (line[k] == 0) {
                len = k;
                break;
            }
        }
        if (encoding == null) {
            return Utf8.isValid(line, 0, len) ? Utf8.decode(line, 0, len) : null;
        }
        // Its "replace" handler's U+FFFD count decides the error's columns.
        return SourceCodecs.decodeReplace(line, 0, len, encoding);
    }

    /** Where SyntaxWarnings and the like are printed. */
    PrintStream warnings() {
        return warnings;
    }

    Path cwd() {
        return cwd;
    }
}
