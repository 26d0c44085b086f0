package dev.pyjama.compiler;

import dev.pyjama.ast.AstMod;
import dev.pyjama.code.PyCode;

/**
 * The compiler's entry point: an AST in, the module's code object out, through the same
 * stages as CPython: __future__ features, AST optimisation, symbol table, code generation,
 * then per code object the flow-graph optimiser and the assembler.
 */
// CPython: Python/compile.c _PyAST_Compile, compiler_setup
public final class Compiler {
    private Compiler() {}

    /**
     * Compiles {@code mod} (which the AST optimiser changes in place).
     *
     * @param flags    compile()'s flags (PyCF_* and CO_FUTURE_*)
     * @param optimize the optimisation level: 0, 1 (-O: no asserts, __debug__ false) or 2 (-OO: no docstrings)
     */
    public static PyCode compile(AstMod mod, CompileContext ctx, int flags, int optimize) {
        try {
            FutureFeatures future = FutureFeatures.fromAst(mod, ctx.errors);
            int merged = future.features | flags;
            future.features = merged;
            AstOptimizer.optimize(mod, optimize, merged, ctx.recursionDepth);
            SymbolTable st = SymbolTable.build(mod, future, ctx.errors, ctx.recursionDepth);
            return new Codegen(ctx, st, future, merged, optimize).compileMod(mod);
        } catch (StackOverflowError e) {
            // The passes' own counters stop nesting at CPython's limit; a thread whose Java
            // stack is smaller than that needs gets the same error rather than a Java one.
            throw CompileErrors.recursionError();
        }
    }
}
