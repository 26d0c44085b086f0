package dev.pyjama.modules;

import dev.pyjama.ast.AstMod;
import dev.pyjama.ast.AstObject;
import dev.pyjama.ast.AstSchema;
import dev.pyjama.ast.Node;
import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyInstance;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Between the compiler's Java AST and Python's ast objects: {@link #toPython} is CPython's
 * ast2obj (what {@code compile(..., PyCF_ONLY_AST)} returns), {@link #toJava} its obj2ast
 * (what {@code compile(tree, ...)} compiles), with CPython's messages for malformed trees.
 * Both are driven by {@link AstSchema}, generated from the same ASDL as the node classes.
 */
// CPython: Python/Python-ast.c ast2obj_*, obj2ast_*, PyAST_mod2obj, PyAST_obj2mod
public final class AstConversion {
    private AstConversion() {}

    private static final Map<String, AstSchema.PyClass> CLASSES = new HashMap<>();

    static {
        for (AstSchema.PyClass c : AstSchema.CLASSES) CLASSES.put(c.name(), c);
    }

    // ---- Java -> Python

    /** The Python tree of {@code mod}. */
    // CPython: Python/Python-ast.c PyAST_mod2obj
    public static PyObject toPython(AstTypes types, AstObject mod) {
        return value(types, mod);
    }

    private static PyObject value(AstTypes types, Object v) {
        if (v == null) return PyNone.NONE;
        if (v instanceof PyObject o) return o;
        if (v instanceof String s) return PyStr.of(s);
        if (v instanceof Integer i) return PyInt.of(i);
        if (v instanceof List<?> list) {
            List<PyObject> items = new ArrayList<>(list.size());
            for (Object o : list) items.add(value(types, o));
            return new PyList(items);
        }
        AstObject n = (AstObject) v;
        if (!(n instanceof Node)) return types.singletons.get(n.pyName());
        PyInstance result = new PyInstance(types.types.get(n.pyName()));
        String[] fields = n.fieldNames();
        String[] marks = CLASSES.get(n.pyName()).fieldMarks();
        for (int i = 0; i < fields.length; i++) {
            Object f = n.fieldValue(i);
            // a sequence the parser left null (FunctionType's argtypes for "()") is an empty list
            if (f == null && marks[i].equals("*")) f = List.of();
            result.dict.put(PyStr.intern(fields[i]), value(types, f));
        }
        String[] attrs = n.attributeNames();
        for (int i = 0; i < attrs.length; i++) result.dict.put(PyStr.intern(attrs[i]), value(types, n.attributeValue(i)));
        return result;
    }

    // ---- Python -> Java

    /** The names compile()'s modes require of the tree, as PyAST_obj2mod checks them. */
    public static AstMod toJava(AstTypes types, PyObject tree, String requiredClass) {
        if (!Abstract.isInstance(tree, types.types.get(requiredClass))) {
            throw Errors.typeError("expected " + requiredClass + " node, got " + tree.type().name());
        }
        try {
            return (AstMod) convert(types, tree, "mod");
        } catch (StackOverflowError e) {
            throw Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded during ast construction");
        }
    }

    /** One value of ASDL type {@code asdl}. */
    private static Object convert(AstTypes types, PyObject obj, String asdl) {
        switch (asdl) {
            case "identifier":
                if (obj == PyNone.NONE) return null;
                if (obj.getClass() != PyStr.class) throw Errors.typeError("AST identifier must be of type str");
                return ((PyStr) obj).value();
            case "string":
                if (obj.getClass() != PyStr.class) throw Errors.typeError("AST string must be of type str");
                return ((PyStr) obj).value();
            case "int":
                if (!(obj instanceof PyInt i)) throw Errors.valueError("invalid integer value: " + Abstract.reprString(obj));
                if (!i.fitsLong() || i.longValue() != (int) i.longValue()) {
                    throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C int");
                }
                return (int) i.longValue();
            case "constant":
                return obj;
            default:
                return node(types, obj, asdl);
        }
    }

    private static AstObject node(AstTypes types, PyObject obj, String asdl) {
        String[] constructors = AstSchema.TYPES.get(asdl);
        AstSchema.PyClass first = CLASSES.get(constructors[0]);
        if (first.kind() == AstSchema.Kind.PRODUCT) {
            Object[] f = fields(types, obj, first);
            int[] a = attributes(obj, first.name(), first.attributes(), first.attributeMarks());
            return AstSchema.make(first.name(), f, a);
        }
        if (first.kind() == AstSchema.Kind.SIMPLE) {
            for (String c : constructors) {
                if (Abstract.isInstance(obj, types.types.get(c))) return AstSchema.make(c, null, null);
            }
            throw Errors.typeError("expected some sort of " + asdl + ", but got " + Abstract.reprString(obj));
        }
        if (obj == PyNone.NONE) return null;
        AstSchema.PyClass sum = CLASSES.get(asdl);
        int[] a = attributes(obj, asdl, sum.attributes(), sum.attributeMarks());
        for (String c : constructors) {
            if (Abstract.isInstance(obj, types.types.get(c))) {
                return AstSchema.make(c, fields(types, obj, CLASSES.get(c)), a);
            }
        }
        throw Errors.typeError("expected some sort of " + asdl + ", but got " + Abstract.reprString(obj));
    }

    /** The fields of constructor {@code c}, read from {@code obj} in order. */
    private static Object[] fields(AstTypes types, PyObject obj, AstSchema.PyClass c) {
        String[] names = c.fields();
        Object[] values = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            String name = names[i], type = c.fieldTypes()[i], mark = c.fieldMarks()[i];
            PyObject v = Abstract.lookupAttr(obj, PyStr.intern(name));
            if (mark.equals("*")) {
                if (v == null) v = new PyList(new ArrayList<>());
                if (!(v instanceof PyList list)) {
                    throw Errors.typeError(c.name() + " field \"" + name + "\" must be a list, not a " + v.type().name());
                }
                int len = list.items.size();
                List<Object> items = new ArrayList<>(len);
                for (int k = 0; k < len; k++) {
                    items.add(convert(types, list.items.get(k), type));
                    if (len != list.items.size()) {
                        throw Errors.raise(ExceptionTypes.RUNTIME_ERROR,
                                c.name() + " field \"" + name + "\" changed size during iteration");
                    }
                }
                values[i] = items;
            } else if (mark.equals("?")) {
                values[i] = v == null || v == PyNone.NONE ? null : convert(types, v, type);
            } else {
                if (v == null) throw Errors.typeError("required field \"" + name + "\" missing from " + c.name());
                values[i] = convert(types, v, type);
                // CPython: the _PyAST_<Name> constructors reject a NULL required field
                if (values[i] == null && !type.equals("int")) {
                    throw Errors.valueError("field '" + name + "' is required for " + c.name());
                }
            }
        }
        return values;
    }

    /** The source positions; an optional end position defaults to the start. */
    private static int[] attributes(PyObject obj, String owner, String[] names, String[] marks) {
        int[] values = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            PyObject v = Abstract.lookupAttr(obj, PyStr.intern(names[i]));
            if (marks[i].equals("?") && (v == null || v == PyNone.NONE)) {
                values[i] = values[i - 2]; // end_lineno = lineno, end_col_offset = col_offset
                continue;
            }
            if (v == null) throw Errors.typeError("required field \"" + names[i] + "\" missing from " + owner);
            values[i] = (Integer) convert(null, v, "int");
        }
        return values;
    }

    /** {@code type(obj).__name__}, for messages. */
    static String typeName(PyType t) {
        return t.name();
    }
}
