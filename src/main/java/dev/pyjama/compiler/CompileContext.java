package dev.pyjama.compiler;

import dev.pyjama.parser.ParserContext;

/**
 * What the compiler needs to know about the source it compiles, besides its AST: the file
 * name code objects and errors carry, where error lines are read from and where warnings go.
 */
public final class CompileContext {
    final String filename;
    private final ParserContext source;
    private final boolean warningsAreErrors;

    /**
     * @param source            the parse's context (file name, directory, warning stream)
     * @param warningsAreErrors whether a SyntaxWarning is raised as a SyntaxError instead
     *                          (as under {@code -W error::SyntaxWarning})
     */
    public CompileContext(ParserContext source, boolean warningsAreErrors) {
        this.source = source;
        this.filename = source.filename();
        this.warningsAreErrors = warningsAreErrors;
    }

    public CompileContext(ParserContext source) {
        this(source, false);
    }

    /** The source line for an error at {@code lineno}, or null. */
    String programText(int lineno) {
        return source.sourceLineForError(lineno);
    }

    /** Issues a warning; true when it is to be raised as an error instead. */
    // CPython: Python/compile.c compiler_warn
    boolean warn(String category, String message, int lineno) {
        if (warningsAreErrors) {
            return true;
        }
        source.warn(category, message, lineno);
        return false;
    }
}
