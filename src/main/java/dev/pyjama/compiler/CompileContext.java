package dev.pyjama.compiler;

import dev.pyjama.parser.ParserContext;

/**
 * What the compiler needs to know about the source it compiles, besides its AST: the file
 * name code objects and errors carry, where error lines are read from and where warnings go.
 */
public final class CompileContext {
    final String filename;
    final CompileErrors errors;
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
        this.errors = new CompileErrors(source);
        this.warningsAreErrors = warningsAreErrors;
    }

    public CompileContext(ParserContext source) {
        this(source, false);
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
