package dev.pyjama.ast;

/**
 * An AST node: an instance of one of the classes generated from src/main/asdl/python.asdl
 * (a constructor of a sum type such as {@link FunctionDef}, or a product type such as
 * {@link Arguments}). Fields are public and mutable, as in Python's {@code ast} module.
 */
// CPython: Python/Python-ast.c (ast.AST)
public abstract class Node implements AstObject {
    /** The empty name list, shared by classes without fields or attributes. */
    static final String[] NO_NAMES = new String[0];

    @Override
    public String[] attributeNames() {
        return NO_NAMES;
    }

    @Override
    public Object attributeValue(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    /** Calls the visitor's method for this node's class. */
    public abstract <R> R accept(Visitor<R> v);

    /** {@code ast.dump(self)}, for debugging. */
    @Override
    public String toString() {
        return AstDump.dump(this, false);
    }
}
