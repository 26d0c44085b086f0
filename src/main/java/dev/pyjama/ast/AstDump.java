package dev.pyjama.ast;

import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code ast.dump(node, annotate_fields=True, include_attributes=False, *,
 * indent=None, show_empty=False)} of CPython 3.13.0, for nodes of {@link Node} and the
 * field-less enums. The single-line form (no indent) streams into one StringBuilder; the
 * indented form needs to know whether children are "simple" before laying out their parent,
 * so it builds strings per node as Python does.
 *
 * <p>A field holding None is omitted when the field is optional (its class default is None,
 * which also switches the rest of the node to keyword form); otherwise a None or an empty
 * list is omitted, except in Constant and MatchSingleton. With annotate_fields false such
 * omitted values are still written, positionally, when a later field is written
 * positionally (the args_buffer of ast.py).
 */
// CPython: Lib/ast.py dump (3.13.0)
public final class AstDump {
    private final StringBuilder out;
    private final boolean annotateFields;
    private final boolean includeAttributes;

    private AstDump(StringBuilder out, boolean annotateFields, boolean includeAttributes) {
        this.out = out;
        this.annotateFields = annotateFields;
        this.includeAttributes = includeAttributes;
    }

    /** {@code ast.dump(node, include_attributes=includeAttributes)}. */
    public static String dump(Object node, boolean includeAttributes) {
        StringBuilder sb = new StringBuilder(256);
        dump(sb, node, includeAttributes);
        return sb.toString();
    }

    /** Appends {@code ast.dump(node, include_attributes=includeAttributes)} to {@code sb}. */
    public static void dump(StringBuilder sb, Object node, boolean includeAttributes) {
        checkNode(node);
        new AstDump(sb, true, includeAttributes).value(node);
    }

    /**
     * {@code ast.dump(node, annotateFields, includeAttributes, indent=indent)}; {@code indent}
     * null is Python's None (one line), a string is the indentation per level
     * ({@code indent=2} in Python is {@code "  "} here).
     */
    public static String dump(Object node, boolean annotateFields, boolean includeAttributes, String indent) {
        checkNode(node);
        if (indent == null) {
            StringBuilder sb = new StringBuilder(256);
            new AstDump(sb, annotateFields, includeAttributes).value(node);
            return sb.toString();
        }
        return new Indented(annotateFields, includeAttributes, indent).format(node, 0).text;
    }

    private static void checkNode(Object node) {
        if (!(node instanceof Node)) {
            String type = node == null ? "NoneType"
                : node instanceof PyObject ? ((PyObject) node).typeName() : node.getClass().getSimpleName();
            throw new PyException("TypeError", "expected AST, got '" + type + "'");
        }
    }

    private static boolean isNone(Object v) {
        return v == null || v == PyNone.NONE;
    }

    /** Constant and MatchSingleton show a None value: it is their payload, not an absence. */
    private static boolean showsNone(AstObject node) {
        return node instanceof Constant || node instanceof MatchSingleton;
    }

    // ---- single line, streamed ----

    private void value(Object v) {
        if (v instanceof AstObject) {
            node((AstObject) v);
        } else if (v instanceof List) {
            List<?> list = (List<?>) v;
            out.append('[');
            for (int i = 0, n = list.size(); i < n; i++) {
                if (i > 0) out.append(", ");
                value(list.get(i));
            }
            out.append(']');
        } else {
            scalar(out, v);
        }
    }

    private void node(AstObject node) {
        out.append(node.pyName()).append('(');
        String[] names = node.fieldNames();
        boolean keywords = annotateFields;
        boolean first = true;
        // The args_buffer: omitted values ('None' when the bit is 0, '[]' when 1) waiting to
        // be written positionally. Only kept while fields are positional.
        int pending = 0;
        long pendingLists = 0;
        for (int i = 0; i < names.length; i++) {
            Object v = node.fieldValue(i);
            boolean none = isNone(v);
            if (none && node.fieldOptional(i)) {
                keywords = true;
                continue;
            }
            if ((none || v instanceof List && ((List<?>) v).isEmpty()) && !showsNone(node)) {
                if (!keywords) {
                    if (!none) pendingLists |= 1L << pending;
                    pending++;
                }
                continue;
            }
            if (!keywords) {
                for (int j = 0; j < pending; j++) {
                    if (!first) out.append(", ");
                    first = false;
                    out.append((pendingLists & (1L << j)) != 0 ? "[]" : "None");
                }
                pending = 0;
                pendingLists = 0;
            }
            if (!first) out.append(", ");
            first = false;
            if (keywords) out.append(names[i]).append('=');
            value(v);
        }
        if (includeAttributes) {
            String[] attrs = node.attributeNames();
            for (int i = 0; i < attrs.length; i++) {
                Object v = node.attributeValue(i);
                if (v == null) continue;
                if (!first) out.append(", ");
                first = false;
                out.append(attrs[i]).append('=');
                value(v);
            }
        }
        out.append(')');
    }

    /** {@code repr()} of a field value that is neither a node nor a list. */
    private static void scalar(StringBuilder out, Object v) {
        if (v == null) {
            out.append("None");
        } else if (v instanceof String) {
            PyStr.appendRepr(out, (String) v);
        } else if (v instanceof Integer) {
            out.append(((Integer) v).intValue());
        } else if (v instanceof PyStr) {
            ((PyStr) v).appendRepr(out);
        } else if (v instanceof PyInt) {
            ((PyInt) v).appendRepr(out);
        } else if (v instanceof PyFloat) {
            PyFloat.appendRepr(out, ((PyFloat) v).value, true, false);
        } else if (v instanceof PyBytes) {
            PyBytes.appendRepr(out, ((PyBytes) v).value);
        } else if (v instanceof PyObject) {
            out.append(((PyObject) v).repr());
        } else {
            throw new IllegalArgumentException("not an AST field value: " + v.getClass().getName());
        }
    }

    // ---- indented ----

    /** A formatted value and whether it counts as simple for its parent's layout. */
    private static final class Formatted {
        final String text;
        final boolean simple;

        Formatted(String text, boolean simple) {
            this.text = text;
            this.simple = simple;
        }
    }

    /** The indented layout, following ast.py's _format closely. */
    private static final class Indented {
        private final boolean annotateFields;
        private final boolean includeAttributes;
        private final String indent;

        Indented(boolean annotateFields, boolean includeAttributes, String indent) {
            this.annotateFields = annotateFields;
            this.includeAttributes = includeAttributes;
            this.indent = indent;
        }

        Formatted format(Object v, int level) {
            level++;
            String prefix = "\n" + indent.repeat(level);
            String sep = ",\n" + indent.repeat(level);
            if (v instanceof AstObject) {
                AstObject node = (AstObject) v;
                List<String> args = new ArrayList<>();
                List<String> buffer = new ArrayList<>();
                boolean allSimple = true;
                boolean keywords = annotateFields;
                String[] names = node.fieldNames();
                for (int i = 0; i < names.length; i++) {
                    Object value = node.fieldValue(i);
                    boolean none = isNone(value);
                    if (none && node.fieldOptional(i)) {
                        keywords = true;
                        continue;
                    }
                    if ((none || value instanceof List && ((List<?>) value).isEmpty()) && !showsNone(node)) {
                        buffer.add(none ? "None" : "[]");
                        continue;
                    } else if (!keywords) {
                        args.addAll(buffer);
                        buffer.clear();
                    }
                    Formatted f = format(value, level);
                    allSimple = allSimple && f.simple;
                    args.add(keywords ? names[i] + "=" + f.text : f.text);
                }
                if (includeAttributes) {
                    String[] attrs = node.attributeNames();
                    for (int i = 0; i < attrs.length; i++) {
                        Object value = node.attributeValue(i);
                        if (value == null) continue;
                        Formatted f = format(value, level);
                        allSimple = allSimple && f.simple;
                        args.add(attrs[i] + "=" + f.text);
                    }
                }
                if (allSimple && args.size() <= 3) {
                    return new Formatted(node.pyName() + "(" + String.join(", ", args) + ")", args.isEmpty());
                }
                return new Formatted(node.pyName() + "(" + prefix + String.join(sep, args) + ")", false);
            } else if (v instanceof List) {
                List<?> list = (List<?>) v;
                if (list.isEmpty()) return new Formatted("[]", true);
                StringBuilder sb = new StringBuilder("[").append(prefix);
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) sb.append(sep);
                    sb.append(format(list.get(i), level).text);
                }
                return new Formatted(sb.append(']').toString(), false);
            }
            StringBuilder sb = new StringBuilder();
            scalar(sb, v);
            return new Formatted(sb.toString(), true);
        }
    }
}
