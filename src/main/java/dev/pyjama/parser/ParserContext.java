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
    /** Whether '# type:' comments become TYPE_COMMENT tokens (ast.parse(type_comments=True)). */
    final boolean typeComments;
    private final Path cwd;
    private final PrintStream warnings;

    public ParserContext(String filename, Mode mode, boolean fromFile, boolean barryAsBdfl, Path cwd,
                         PrintStream warnings) {
        this(filename, mode, fromFile, barryAsBdfl, false, cwd, warnings);
    }

    public ParserContext(String filename, Mode mode, boolean fromFile, boolean barryAsBdfl, boolean typeComments,
                         Path cwd, PrintStream warnings) {
        this.typeComments = typeComments;
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
     * Line {@code lineno} of the file named by the error, decoded with the source's encoding,
     * or null when the file cannot be read or has no such line. As CPython 3.13.0, reads the
     * file in universal-newline chunks of at most 999 bytes (fgets into a 1000-byte buffer)
     * and keeps the line's LAST chunk; a UTF-8 BOM stays in; with no encoding the text must
     * be valid UTF-8, with one it is decoded with "replace".
     */
    // CPython: Python/errors.c err_programtext, _PyErr_ProgramDecodedTextObject (3.13.0)
    String programText(int lineno, String encoding) {
        byte[] data = lineno <= 0 ? null : errorFileBytes();
        return data == null ? null : programText(data, lineno, encoding);
    }

    private static String programText(byte[] data, int lineno, String encoding) {
        byte[] chunk = new byte[999];
        int len = 0;
        int pos = 0;
        for (int i = 0; i < lineno; i++) {
            int last;
            do {
                if (pos >= data.length) {
                    return null;
                }
                // One fgets of at most 999 characters, \r and \r\n read as \n.
                len = 0;
                while (pos < data.length && len < 999) {
                    byte b = data[pos++];
                    if (b == '\r') {
                        if (pos < data.length && data[pos] == '\n') pos++;
                        b = '\n';
                    }
                    chunk[len++] = b;
                    if (b == '\n') break;
                }
                last = len == 999 ? chunk[998] : 0;
            } while (last != 0 && last != '\n');
        }
        int n = 0;
        while (n < len && chunk[n] != 0) n++;
        if (encoding == null) {
            // PyUnicode_FromString: strict UTF-8.
            return Utf8.isValid(chunk, 0, n) ? Utf8.decode(chunk, 0, n) : null;
        }
        // PyUnicode_Decode(..., encoding, "replace"): an unknown codec gives no text; the
        // handler's U+FFFD count decides the error's columns.
        return SourceCodecs.decodeReplace(chunk, 0, n, encoding);
    }

    /**
     * The text a SyntaxError raised after parsing (by the symbol table or the compiler)
     * carries: line {@code lineno} of the file the error names, decoded with the encoding its
     * BOM or coding cookie declares (UTF-8 otherwise) and errors replaced; null when there is
     * no such file or line.
     */
    // CPython: Python/errors.c PyErr_ProgramTextObject (encoding from _PyTokenizer_FindEncodingFilename)
    public String compileErrorText(int lineno) {
        byte[] data = lineno <= 0 ? null : errorFileBytes();
        return data == null ? null : programText(data, lineno, declaredEncoding(data));
    }

    /** The bytes of the file errors name (relative to the working directory), or null. */
    private byte[] errorFileBytes() {
        if (filename == null) {
            return null;
        }
        try {
            Path p = cwd == null ? Path.of(filename) : cwd.resolve(filename);
            return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The encoding a source file declares in its first two lines (BOM or cookie), else utf-8. */
    private static String declaredEncoding(byte[] data) {
        if (data.length >= 3 && (data[0] & 0xff) == 0xEF && (data[1] & 0xff) == 0xBB && (data[2] & 0xff) == 0xBF) {
            return "utf-8";
        }
        int start = 0;
        for (int line = 0; line < 2 && start < data.length; line++) {
            int end = start;
            while (end < data.length && data[end] != '\n' && data[end] != '\r') end++;
            String spec = SourceDecoder.getCodingSpec(data, start, (end < data.length ? end + 1 : end) - start);
            if (spec != null) {
                return spec;
            }
            boolean blank = true;
            for (int i = start; i < end; i++) {
                byte c = data[i];
                if (c == '#') break;
                if (c != ' ' && c != '\t' && c != '\014') {
                    blank = false;
                    break;
                }
            }
            if (!blank) {
                break;
            }
            if (end < data.length && data[end] == '\r' && end + 1 < data.length && data[end + 1] == '\n') end++;
            start = end + 1;
        }
        return "utf-8";
    }

    /** The file name errors and code objects carry. */
    public String filename() {
        return filename;
    }

    /** Where SyntaxWarnings and the like are printed. */
    PrintStream warnings() {
        return warnings;
    }

    Path cwd() {
        return cwd;
    }

    /** Issues a warning (SyntaxWarning and the like) at {@code lineno} of this source. */
    public void warn(String category, String message, int lineno) {
        Warnings.warnExplicit(this, category, message, lineno);
    }
}
