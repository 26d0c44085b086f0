package dev.pyjama.compiler;

import java.util.TreeSet;

/**
 * The state of one code object being compiled (module, class body, function, lambda,
 * comprehension, annotation or type-parameter scope): its symbol table entry, its
 * instruction sequence, its frame-block stack and the metadata the assembler needs.
 */
// CPython: Python/compile.c struct compiler_unit
final class CompilerUnit {
    /** Kinds of compiler scope (Python/compile.c COMPILER_SCOPE_*). */
    static final int SCOPE_MODULE = 0, SCOPE_CLASS = 1, SCOPE_FUNCTION = 2, SCOPE_ASYNC_FUNCTION = 3,
            SCOPE_LAMBDA = 4, SCOPE_COMPREHENSION = 5, SCOPE_TYPEPARAMS = 6;

    /** The most deeply nested frame blocks a code object may have (CO_MAXBLOCKS). */
    static final int MAX_BLOCKS = 21;

    final Scope ste;
    final int scopeType;
    /** The class name used for private-name mangling, or null. */
    String privateName;
    /** For a class: the attributes assigned through {@code self.X} in its methods. */
    final TreeSet<String> staticAttributes;
    final InstructionSequence seq = new InstructionSequence();
    final FrameBlock[] fblocks = new FrameBlock[MAX_BLOCKS];
    int nfblocks;
    int inInlinedComp;
    final CodeUnitMetadata metadata;

    CompilerUnit(Scope ste, int scopeType, CodeUnitMetadata metadata) {
        this.ste = ste;
        this.scopeType = scopeType;
        this.metadata = metadata;
        // Sorted as Python sorts str: by code point.
        this.staticAttributes = scopeType == SCOPE_CLASS ? new TreeSet<>(CodegenBase::compareCodePoints) : null;
    }

    /** A frame block: a loop, try, with or handler being compiled, for break/continue/return unwinding. */
    // CPython: Python/compile.c struct fblockinfo
    static final class FrameBlock {
        enum Type {
            WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
            POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR, STOP_ITERATION
        }

        final Type type;
        final int block;
        final Location loc;
        final int exit;
        /** Per type: the finally body, the handler's name, the with statement... */
        final Object datum;

        FrameBlock(Type type, int block, Location loc, int exit, Object datum) {
            this.type = type;
            this.block = block;
            this.loc = loc;
            this.exit = exit;
            this.datum = datum;
        }
    }
}
