package dev.pyjama.modules;

import dev.pyjama.ast.AstSchema;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.PyModule;

/** {@code _ast}: the node classes of {@link AstTypes} and the compile() flags of the ast module. */
// CPython: Python/Python-ast.c astmodule_exec
public final class AstModule {
    private AstModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_ast");
        AstTypes types = AstTypes.of(interp);
        ModuleSupport.set(m, "AST", types.ast);
        ModuleSupport.set(m, "PyCF_ALLOW_TOP_LEVEL_AWAIT", 0x2000);
        ModuleSupport.set(m, "PyCF_ONLY_AST", 0x0400);
        ModuleSupport.set(m, "PyCF_TYPE_COMMENTS", 0x1000);
        ModuleSupport.set(m, "PyCF_OPTIMIZED_AST", 0x8000 | 0x0400);
        for (AstSchema.PyClass c : AstSchema.CLASSES) ModuleSupport.set(m, c.name(), types.types.get(c.name()));
        return m;
    }
}
