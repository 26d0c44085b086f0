package dev.pyjama.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One block of the symbol table (a module, class, function, lambda, comprehension,
 * annotation or type-parameter scope): its names with their flags and, after analysis,
 * their scope, and what the compiler needs to know about the block.
 */
// CPython: Include/internal/pycore_symtable.h PySTEntryObject
final class Scope {
    /** Kinds of block (_Py_block_ty). */
    enum BlockType {
        FunctionBlock, ClassBlock, ModuleBlock,
        /** Annotations under {@code from __future__ import annotations}: never evaluated. */
        AnnotationBlock,
        /** The value of {@code type X = ...}. */
        TypeAliasBlock,
        /** The type parameters of a generic function, class or type alias. */
        TypeParametersBlock,
        /** The bound, constraints or default of one type parameter. */
        TypeVariableBlock
    }

    /** Kinds of comprehension (_Py_comprehension_ty). */
    enum Comprehension { NONE, LIST, DICT, SET, GENERATOR }

    final String name;
    final BlockType type;
    /** Names to flags (DEF_* bits, and the scope at SCOPE_OFFSET once analysed), in first-use order. */
    final Map<String, Integer> symbols = new LinkedHashMap<>();
    /** The parameters, in order. */
    final List<String> varnames = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    /** Where each global and nonlocal statement is (for errors found in analysis). */
    List<Directive> directives;
    /**
     * In the type-parameter scope of a generic class: the names to mangle (its type
     * parameters); other names there are not mangled. Inherited by nested scopes.
     */
    Set<String> mangledNames;
    /** For TypeVariableBlock: what the block is, for error messages ("a TypeVar bound"). */
    String scopeInfo;

    final int lineno, colOffset, endLineno, endColOffset;

    boolean nested;
    boolean free;
    boolean childFree;
    boolean generator;
    boolean coroutine;
    Comprehension comprehension = Comprehension.NONE;
    boolean varargs;
    boolean varkeywords;
    boolean returnsValue;
    boolean needsClassClosure;
    boolean needsClassdict;
    boolean compInlined;
    boolean compIterTarget;
    boolean canSeeClassScope;
    int compIterExpr;

    /** A global or nonlocal statement's name and position. */
    record Directive(String name, int lineno, int colOffset, int endLineno, int endColOffset) {
    }

    Scope(String name, BlockType type, int lineno, int colOffset, int endLineno, int endColOffset) {
        this.name = name;
        this.type = type;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }

    // CPython: Python/symtable.c _PyST_IsFunctionLike
    boolean isFunctionLike() {
        return type == BlockType.FunctionBlock || type == BlockType.TypeVariableBlock
                || type == BlockType.TypeAliasBlock || type == BlockType.TypeParametersBlock;
    }

    /** A name's flags, 0 when the block does not know it. */
    int symbol(String name) {
        Integer v = symbols.get(name);
        return v == null ? 0 : v;
    }

    /** A new set for {@link #mangledNames}. */
    static Set<String> newNameSet() {
        return new LinkedHashSet<>();
    }

    @Override
    public String toString() {
        return "<symtable entry " + name + ", line " + lineno + ">";
    }
}
