package dev.pyjama.ast;

/**
 * What {@link AstDump} needs to print a value as {@code ClassName(field=value, ...)}: every
 * {@link Node}, and the constants of the field-less enums ({@code AstExprContext.Load} prints
 * as {@code Load()}). Name arrays are shared: callers must not modify them.
 */
// CPython: Python/Python-ast.c (the _fields and _attributes of each node class)
public interface AstObject {

    /** The Python class name, e.g. {@code "FunctionDef"}, {@code "arguments"}, {@code "Load"}. */
    String pyName();

    /** The Python names of the fields ({@code _fields}), in order. */
    String[] fieldNames();

    /**
     * The value of field {@code i}: an {@link AstObject}, a {@code java.util.List} (whose
     * elements may be null, as in {@code kw_defaults}), a {@code String} (identifier or string),
     * an {@code Integer}, a {@link dev.pyjama.objects.PyObject} (constant), or null for None.
     */
    Object fieldValue(int i);

    /** Whether field {@code i} is optional ({@code ?} in the ASDL): its class default is None. */
    boolean fieldOptional(int i);

    /** The Python names of the attributes ({@code _attributes}), e.g. {@code lineno}. */
    String[] attributeNames();

    /** The value of attribute {@code i} (an {@code Integer} for the source positions). */
    Object attributeValue(int i);
}
