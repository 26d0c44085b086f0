package dev.pyjama.compiler;

import static dev.pyjama.code.Opcode.*;

import dev.pyjama.ast.AstMod;
import dev.pyjama.ast.Expression;
import dev.pyjama.ast.Interactive;
import dev.pyjama.ast.Module;
import dev.pyjama.code.PyCode;

/** The code generator for one module: turns its AST (optimised, with its symbol table) into code objects. */
// CPython: Python/compile.c compiler_mod, compiler_codegen
final class Codegen extends StatementCodegen {

    Codegen(CompileContext ctx, SymbolTable st, FutureFeatures future, int flags, int optimize) {
        super(ctx, st, future, flags, optimize);
    }

    // CPython: Python/compile.c compiler_mod
    PyCode compileMod(AstMod mod) {
        boolean addNone = !(mod instanceof Expression);
        enterScope("<module>", CompilerUnit.SCOPE_MODULE, mod, 1);
        Location loc = new Location(1, 1, 0, 0);
        if (mod instanceof Module m) {
            body(loc, m.body);
        } else if (mod instanceof Interactive i) {
            if (findAnn(i.body)) {
                addop(loc, SETUP_ANNOTATIONS);
            }
            interactive = true;
            visitStmts(i.body);
        } else if (mod instanceof Expression e) {
            visitExpr(e.body);
        } else {
            throw new IllegalStateException("module kind " + mod.pyName() + " should not be possible");
        }
        PyCode co = optimizeAndAssemble(addNone);
        exitScope();
        return co;
    }
}
