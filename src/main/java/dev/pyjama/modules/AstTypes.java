package dev.pyjama.modules;

import dev.pyjama.ast.AstSchema;
import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Importer;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.interp.Types;
import dev.pyjama.interp.UnionTypes;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyGenericAlias;
import dev.pyjama.objects.PyInstance;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import dev.pyjama.objects.SetTable;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The Python classes of the {@code ast} module, one set per interpreter (CPython's
 * {@code ast_state}), made from {@link AstSchema}: the base {@code AST} with its constructor
 * and {@code __reduce__}, the abstract classes ({@code stmt}, {@code expr}, ...), a class per
 * node with {@code _fields}, {@code __match_args__}, {@code _attributes}, {@code _field_types}
 * and None defaults for optional fields, and one instance of each field-less class
 * ({@code Load()}, {@code Add()}) that converted trees share.
 */
// CPython: Python/Python-ast.c init_types, make_type, add_attributes, ast_type_init, ast_type_reduce
public final class AstTypes {
    private static final Map<Interpreter, AstTypes> STATES = new WeakHashMap<>();

    public final PyType ast;
    /** Every class by its Python name ({@code "Name"}, {@code "expr"}, {@code "arguments"}). */
    public final Map<String, PyType> types = new HashMap<>();
    /** The instance of each field-less class, by name. */
    public final Map<String, PyObject> singletons = new HashMap<>();

    private static final PyStr FIELDS = PyStr.of("_fields"), ATTRIBUTES = PyStr.of("_attributes"),
            FIELD_TYPES = PyStr.of("_field_types"), DICT = PyStr.of("__dict__");

    /** The ast classes of {@code interp}, made on first use. */
    public static synchronized AstTypes of(Interpreter interp) {
        return STATES.computeIfAbsent(interp, i -> new AstTypes());
    }

    private AstTypes() {
        PyDict ns = new PyDict();
        ns.put(PyStr.of("__module__"), PyStr.of("ast"));
        ast = Types.newType(PyType.TYPE, "AST", PyTuple.of(PyType.OBJECT), ns);
        ast.setAttribute("__init__", new PyBuiltinFunction("__init__", ast, null, (a, kw) -> init(a, kw)));
        ast.setAttribute("__reduce__", new PyBuiltinFunction("__reduce__", ast, null, (a, kw) -> {
            ModuleSupport.noKw("__reduce__", kw);
            if (a.length != 1) throw Errors.typeError("__reduce__() takes no arguments (" + (a.length - 1) + " given)");
            return reduce(a[0]);
        }));
        PyTuple empty = PyTuple.of();
        ast.setAttribute("_fields", empty);
        ast.setAttribute("__match_args__", empty);
        ast.setAttribute("_attributes", empty);
        types.put("AST", ast);

        for (AstSchema.PyClass c : AstSchema.CLASSES) {
            PyType base = c.base() == null ? ast : types.get(c.base());
            PyTuple fields = names(c.fields());
            PyDict d = new PyDict();
            d.put(PyStr.of("_fields"), fields);
            d.put(PyStr.of("__match_args__"), fields);
            d.put(PyStr.of("__module__"), PyStr.of("ast"));
            d.put(PyStr.of("__doc__"), PyStr.of(c.doc()));
            PyType t = Types.newType(PyType.TYPE, c.name(), PyTuple.of(base), d);
            types.put(c.name(), t);
            boolean ownsAttributes = c.kind() == AstSchema.Kind.SUM || c.kind() == AstSchema.Kind.PRODUCT;
            if (ownsAttributes) t.setAttribute("_attributes", names(c.attributes()));
            // None defaults: optional fields first, then optional attributes, as init_types sets them
            for (int i = 0; i < c.fields().length; i++) {
                if (c.fieldMarks()[i].equals("?")) t.setAttribute(c.fields()[i], PyNone.NONE);
            }
            for (int i = 0; i < c.attributes().length; i++) {
                if (c.attributeMarks()[i].equals("?")) t.setAttribute(c.attributes()[i], PyNone.NONE);
            }
            if (c.kind() == AstSchema.Kind.SIMPLE) singletons.put(c.name(), new PyInstance(t));
        }
        // The annotations name the classes, so they come once all classes exist.
        for (AstSchema.PyClass c : AstSchema.CLASSES) {
            if (c.kind() == AstSchema.Kind.SUM) continue;
            PyDict ann = new PyDict();
            for (int i = 0; i < c.fields().length; i++) ann.put(PyStr.of(c.fields()[i]), fieldType(c.fieldTypes()[i], c.fieldMarks()[i]));
            PyType t = types.get(c.name());
            t.setAttribute("_field_types", ann);
            t.setAttribute("__annotations__", ann);
        }
    }

    private static PyTuple names(String[] names) {
        PyObject[] items = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) items[i] = PyStr.intern(names[i]);
        return new PyTuple(items);
    }

    /** {@code expr}, {@code list[expr]} or {@code expr | None}, as add_ast_annotations writes them. */
    private PyObject fieldType(String asdl, String mark) {
        PyObject t = switch (asdl) {
            case "identifier", "string" -> PyStr.TYPE;
            case "int" -> dev.pyjama.objects.PyInt.TYPE;
            case "constant" -> PyType.OBJECT;
            default -> types.get(asdl);
        };
        if (mark.equals("*")) return Abstract.getitem(PyList.TYPE, t);
        if (mark.equals("?")) return Abstract.binaryOp(Abstract.NB_OR, t, PyNone.NONE);
        return t;
    }

    // CPython: Python/Python-ast.c ast_type_init
    private PyObject init(PyObject[] a, PyTuple kwnames) {
        PyObject self = a[0];
        int nkw = kwnames == null ? 0 : kwnames.items.length;
        int npos = a.length - 1 - nkw;
        PyType type = self.type();
        PyObject fields = Abstract.getattr(type, FIELDS);
        long numfields = Abstract.len(fields);
        SetTable remaining = new SetTable();
        for (PyObject f : Abstract.toList(fields)) remaining.add(f);
        if (numfields < npos) {
            throw Errors.typeError(type.name() + " constructor takes at most " + numfields + " positional argument"
                    + (numfields == 1 ? "" : "s"));
        }
        for (int i = 0; i < npos; i++) {
            PyObject name = Abstract.getitem(fields, dev.pyjama.objects.PyInt.of(i));
            Abstract.setattr(self, (PyStr) name, a[1 + i]);
            remaining.discard(name);
        }
        PyObject attributes = null;
        for (int k = 0; k < nkw; k++) {
            PyStr key = (PyStr) kwnames.items[k];
            PyObject value = a[1 + npos + k];
            if (Abstract.contains(fields, key)) {
                if (!remaining.discard(key)) {
                    throw Errors.typeError(type.name() + " got multiple values for argument '" + key.value() + "'");
                }
            } else {
                if (attributes == null) attributes = Abstract.getattr(type, ATTRIBUTES);
                if (!Abstract.contains(attributes, key)) {
                    deprecation(type.name() + ".__init__ got an unexpected keyword argument '" + key.value()
                            + "'. Support for arbitrary keyword arguments is deprecated and will be removed in Python 3.15.");
                }
            }
            Abstract.setattr(self, key, value);
        }
        if (remaining.size() > 0) {
            PyObject fieldTypes = Abstract.lookupAttr(type, FIELD_TYPES);
            // a user's subclass of AST without _field_types: missing fields stay unset, as before 3.13
            if (fieldTypes == null) return PyNone.NONE;
            for (PyObject name : remaining.items()) {
                PyObject t = fieldTypes instanceof PyDict fd ? fd.get(name) : null;
                if (t == null) {
                    deprecation("Field '" + ((PyStr) name).value() + "' is missing from " + type.name()
                            + "._field_types. This will become an error in Python 3.15.");
                } else if (t instanceof UnionTypes.Union) {
                    // optional: the class holds the None default
                } else if (t instanceof PyGenericAlias) {
                    Abstract.setattr(self, (PyStr) name, new PyList(new java.util.ArrayList<>()));
                } else if (t == types.get("expr_context")) {
                    Abstract.setattr(self, (PyStr) name, singletons.get("Load"));
                } else {
                    deprecation(type.name() + ".__init__ missing 1 required positional argument: '" + ((PyStr) name).value()
                            + "'. This will become an error in Python 3.15.");
                }
            }
        }
        return PyNone.NONE;
    }

    /** {@code warnings.warn(text, DeprecationWarning, stacklevel=1)} from the calling Python code. */
    // CPython: Python/_warnings.c PyErr_WarnFormat
    static void deprecation(String text) {
        PyObject warn = Abstract.getattr(Importer.importModule("warnings"), PyStr.of("warn"));
        Abstract.call(warn, PyStr.of(text), ExceptionTypes.DEPRECATION_WARNING);
    }

    // CPython: Python/Python-ast.c ast_type_reduce
    private static PyObject reduce(PyObject self) {
        PyObject dict = Abstract.lookupAttr(self, DICT);
        PyType type = self.type();
        if (dict == null) return PyTuple.of(type, PyTuple.of());
        PyObject fields = Abstract.lookupAttr(type, FIELDS);
        if (fields == null) return PyTuple.of(type, PyTuple.of(), dict);
        java.util.List<PyObject> positional = new java.util.ArrayList<>();
        for (PyObject name : Abstract.toList(fields)) {
            if (!(dict instanceof PyDict d) || d.get(name) == null) break;
            positional.add(PyNone.NONE);
        }
        return PyTuple.of(type, new PyTuple(positional.toArray(new PyObject[0])), dict);
    }

    /** Whether {@code o} is an AST object (CPython's PyAST_Check). */
    public boolean isAst(PyObject o) {
        return Abstract.isInstance(o, ast);
    }

    /** Raises CPython's error for a non-AST argument; kept here so the messages live together. */
    static PyObject notAst(PyObject o) {
        throw Errors.typeError("expected AST, got " + o.typeName());
    }
}
