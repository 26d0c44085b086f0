package dev.pyjama.compiler;

import dev.pyjama.parser.ParserContext;

/**
 * What the compiler needs to know about the source it compiles, besides its AST: the file
 * name code objects and errors carry, where error lines are read from and where warnings go.
 */
public final class CompileContext {
    /**
     * C recursion depths CPython's compile starts from: the AST optimiser and the symbol table
     * count their nesting from there up to Py_C_RECURSION_LIMIT, so where RecursionError
     * begins depends on the caller. A script (python3.13 FILE, -c) is compiled before any
     * frame runs; compile() called from Python code starts below the eval loop's two units;
     * called with keyword arguments (CALL_KW), one more for the builtin's vectorcall.
     */
    // CPython: Python/symtable.c _PySymtable_Build, Python/ast_opt.c _PyAST_Optimize
    public static final int DEPTH_SCRIPT = 0;
    public static final int DEPTH_COMPILE_BUILTIN = 2;
    public static final int DEPTH_COMPILE_BUILTIN_KEYWORDS = 3;
    /**
     * {@code python3.13 -m dis FILE}: dis.py's compile() runs inside runpy's exec() of the
     * module, four C levels below a plain call (measured: the longest chain of additions
     * -m dis compiles is 4 shorter than compile() from a script's top level takes).
     */
    public static final int DEPTH_DIS_MODULE = 6;

    final String filename;
    final CompileErrors errors;
    private final ParserContext source;
    private final boolean warningsAreErrors;
    final int recursionDepth;

    /**
     * @param source            the parse's context (file name, directory, warning stream)
     * @param warningsAreErrors whether a SyntaxWarning is raised as a SyntaxError instead
     *                          (as under {@code -W error::SyntaxWarning})
     */
    public CompileContext(ParserContext source, boolean warningsAreErrors) {
        this(source, warningsAreErrors, DEPTH_COMPILE_BUILTIN);
    }

    /** @param recursionDepth the C recursion depth compilation starts from (a DEPTH_* constant) */
    public CompileContext(ParserContext source, boolean warningsAreErrors, int recursionDepth) {
        this.recursionDepth = recursionDepth;
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
