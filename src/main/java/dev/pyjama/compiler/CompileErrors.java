package dev.pyjama.compiler;

import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PySyntaxError;
import dev.pyjama.parser.ParserContext;

/**
 * Builds the errors the passes after parsing raise (future statements, symbol table,
 * compiler), located the way CPython locates them: AST positions as they are, so columns
 * are UTF-8 byte offsets plus one (CPython does not convert them to characters here), and
 * the error's text reread from the file it names.
 */
// CPython: Python/errors.c PyErr_RangedSyntaxLocationObject, PyErr_SyntaxLocationObject
public final class CompileErrors {
    private final ParserContext context;
    private final String filename;

    /** Errors for source parsed with {@code context} (its file name and working directory). */
    public CompileErrors(ParserContext context) {
        this.context = context;
        this.filename = context.filename();
    }

    public String filename() {
        return filename;
    }

    /**
     * A SyntaxError spanning an AST node's range: {@code colOffset} and {@code endColOffset}
     * are the node's 0-based byte columns; a negative end column gives no end offset.
     */
    public PySyntaxError syntaxError(String msg, int lineno, int colOffset, int endLineno, int endColOffset) {
        return new PySyntaxError("SyntaxError", msg, filename, lineno, colOffset + 1, context.compileErrorText(lineno),
                endLineno < 0 ? null : endLineno, endColOffset + 1 < 0 ? null : endColOffset + 1);
    }

    /**
     * A SyntaxError raised by the code generator: its positions are kept as they are, so an
     * error at no location (an unwinding block cleared it) has line -1, offset 0, end line
     * -1 and end offset 0, where {@link #syntaxError} would leave the end out.
     */
    // CPython: Python/compile.c compiler_error
    public PySyntaxError codegenError(String msg, int lineno, int colOffset, int endLineno, int endColOffset) {
        return new PySyntaxError("SyntaxError", msg, filename, lineno, colOffset + 1, context.compileErrorText(lineno),
                endLineno, endColOffset + 1);
    }

    /** A SyntaxError at a line and column only: the end line is the same line, with no end offset. */
    public PySyntaxError syntaxErrorAt(String msg, int lineno, int colOffset) {
        return new PySyntaxError("SyntaxError", msg, filename, lineno, colOffset + 1, context.compileErrorText(lineno),
                lineno, null);
    }

    /** The RecursionError CPython raises when an AST is nested too deeply for a compiler pass. */
    public static PyException recursionError() {
        return new PyException("RecursionError", "maximum recursion depth exceeded during compilation");
    }
}
