package dev.pyjama.interp;

import dev.pyjama.code.PyCode;
import dev.pyjama.compiler.CompileContext;
import dev.pyjama.compiler.Compiler;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PySyntaxError;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.parser.FrontEnd;
import dev.pyjama.parser.ParserContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The import system, for now: modules already in {@code sys.modules} (sys, builtins), the
 * Java modules of {@link JavaModules}, and {@code .py} modules and packages found on {@code sys.path}, compiled by pyjama's compiler.
 * IMPORT_NAME, IMPORT_FROM and {@code from m import *}.
 */
// CPython: Python/import.c PyImport_ImportModuleLevelObject, Lib/importlib/_bootstrap.py
public final class Importer {
    private Importer() {}

    private static final PyStr NAME = PyStr.of("__name__"), PACKAGE = PyStr.of("__package__"),
            PATH = PyStr.of("__path__"), FILE = PyStr.of("__file__"), ALL = PyStr.of("__all__");

    // CPython: Python/bytecodes.c IMPORT_NAME (import_name), Python/import.c PyImport_ImportModuleLevelObject
    static PyObject importName(PyFrame f, PyStr name, PyObject fromlist, PyObject levelObj) {
        return importName(f.globals, name, fromlist, (int) ((PyInt) levelObj).longValue());
    }

    /** {@code __import__(name, globals, locals, fromlist, level)}. */
    // CPython: Python/bltinmodule.c builtin___import___impl
    public static PyObject builtinImport(PyObject[] args, PyTuple kw) {
        PyObject[] a = Args.parse("__import__", args, 0, kw, new String[] {"name", "globals", "locals", "fromlist", "level"}, 1, 5);
        if (!(a[0] instanceof PyStr name)) throw Errors.typeError("module name must be str, not " + a[0].typeName());
        int level = a[4] == null ? 0 : (int) ((PyInt) Abstract.index(a[4])).longValue();
        if (level < 0) throw Errors.valueError("level must be >= 0");
        PyDict globals = a[1] instanceof PyDict g ? g : new PyDict();
        if (level > 0 && !(a[1] instanceof PyDict)) throw Errors.raise(ExceptionTypes.KEY_ERROR, "'__name__' not in globals");
        return importName(globals, name, a[3] == null ? PyTuple.EMPTY : a[3], level);
    }

    static PyObject importName(PyDict globals, PyStr name, PyObject fromlist, int level) {
        String absName = name.value;
        if (level > 0) absName = resolveName(name.value, globals, level);
        else if (absName.isEmpty()) throw Errors.valueError("Empty module name");
        PyModule module = importModule(absName);
        boolean hasFrom = fromlist != PyNone.NONE && Abstract.isTrue(fromlist);
        if (!hasFrom) {
            if (level == 0 || !name.value.isEmpty()) {
                int dot = name.value.indexOf('.');
                if (dot < 0) {
                    return level == 0 ? module : module;
                }
                String front = absName.substring(0, absName.length() - (name.value.length() - dot));
                return Interpreter.current().modules.get(PyStr.of(front));
            }
            return module;
        }
        if (module.dict.get(PATH) != null) {
            for (PyObject item : EvalHelpers.toList(fromlist)) {
                String s = ((PyStr) item).value;
                if (s.equals("*")) continue;
                if (module.dict.get(PyStr.of(s)) == null) {
                    try {
                        importModule(absName + "." + s);
                    } catch (PyException e) {
                        if (!e.value().type().isSubtype(ExceptionTypes.MODULE_NOT_FOUND_ERROR)) throw e;
                    }
                }
            }
        }
        return module;
    }

    // CPython: Lib/importlib/_bootstrap.py _calc___package__, _resolve_name
    private static String resolveName(String name, PyDict globals, int level) {
        PyObject pkg = globals.get(PACKAGE);
        String p;
        if (pkg instanceof PyStr s) {
            p = s.value;
        } else {
            PyObject n = globals.get(NAME);
            if (!(n instanceof PyStr ns)) throw Errors.raise(ExceptionTypes.KEY_ERROR, "'__name__' not in globals");
            p = globals.get(PATH) != null ? ns.value
                    : ns.value.contains(".") ? ns.value.substring(0, ns.value.lastIndexOf('.')) : "";
        }
        if (p.isEmpty()) throw importError("attempted relative import with no known parent package", null);
        String base = p;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) throw importError("attempted relative import beyond top-level package", null);
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    static PyException importError(String message, String name) {
        PyBaseException e = PyBaseException.of(ExceptionTypes.IMPORT_ERROR, message);
        e.dict.put("name", name == null ? PyNone.NONE : PyStr.of(name));
        return new PyException(e);
    }

    private static PyException notFound(String name) {
        PyBaseException e = PyBaseException.of(ExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named " + PyStr.repr(name));
        e.dict.put("name", PyStr.of(name));
        return new PyException(e);
    }

    /** Imports {@code name} (dotted: parents first) and returns the module itself. */
    public static PyModule importModule(String name) {
        Interpreter interp = Interpreter.current();
        PyObject m = interp.modules.get(PyStr.of(name));
        if (m instanceof PyModule mod) return mod;
        if (m == PyNone.NONE) throw notFound(name);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            JavaModules.Factory builtin = JavaModules.lookup(name);
            if (builtin != null) {
                PyModule mod = builtin.create(interp);
                interp.modules.put(PyStr.of(name), mod);
                return mod;
            }
        }
        PyList searchPath = interp.path;
        PyModule parent = null;
        if (dot >= 0) {
            parent = importModule(name.substring(0, dot));
            // importing the parent may have imported this one (os puts os.path in sys.modules)
            // CPython: Lib/importlib/_bootstrap.py _find_and_load_unlocked
            m = interp.modules.get(PyStr.of(name));
            if (m instanceof PyModule mod) return mod;
            PyObject p = parent.dict.get(PATH);
            if (!(p instanceof PyList pl)) {
                throw notFoundIn(name, parent);
            }
            searchPath = pl;
            m = interp.modules.get(PyStr.of(name));
            if (m instanceof PyModule mod) return mod;
        }
        String last = name.substring(dot + 1);
        for (PyObject entry : searchPath.items) {
            // CPython: Lib/importlib/_bootstrap_external.py PathFinder._get_spec (non-str entries are skipped)
            if (!(entry instanceof PyStr entryStr)) continue;
            String dir = entryStr.value;
            Path base = dir.isEmpty() ? interp.cwd : interp.cwd.resolve(dir);
            Path pkgInit = base.resolve(last).resolve("__init__.py");
            if (Files.isRegularFile(pkgInit)) {
                return load(name, pkgInit, base.resolve(last), parent, last);
            }
            Path file = base.resolve(last + ".py");
            if (Files.isRegularFile(file)) return load(name, file, null, parent, last);
        }
        throw dot >= 0 ? notFoundIn(name, parent) : notFound(name);
    }

    private static PyException notFoundIn(String name, PyModule parent) {
        PyBaseException e = PyBaseException.of(ExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named " + PyStr.repr(name)
                + "; " + PyStr.repr(parent.name()) + " is not a package");
        if (parent.dict.get(PATH) != null) {
            e = PyBaseException.of(ExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named " + PyStr.repr(name));
        }
        e.dict.put("name", PyStr.of(name));
        return new PyException(e);
    }

    private static PyModule load(String name, Path file, Path pkgDir, PyModule parent, String last) {
        Interpreter interp = Interpreter.current();
        String filename = file.toString();
        byte[] source;
        try {
            source = Files.readAllBytes(file);
        } catch (IOException e) {
            throw importError("cannot read " + filename + ": " + e.getMessage(), name);
        }
        PyModule m = interp.newModule(name, filename);
        m.dict.put(PyStr.of("__cached__"), PyNone.NONE);
        if (pkgDir != null) {
            m.dict.put(PATH, PyList.of(PyStr.of(pkgDir.toString())));
            m.dict.put(PACKAGE, PyStr.of(name));
        } else {
            int dot = name.lastIndexOf('.');
            m.dict.put(PACKAGE, PyStr.of(dot < 0 ? "" : name.substring(0, dot)));
        }
        PyCode code = compile(source, codeFilename(name, file), interp);
        PyStr key = PyStr.of(name);
        interp.modules.put(key, m);
        try {
            interp.execModule(code, m);
        } catch (PyException e) {
            interp.modules.remove(key);
            throw e;
        }
        PyObject result = interp.modules.get(key);
        if (parent != null) parent.dict.put(PyStr.of(last), result);
        return result instanceof PyModule rm ? rm : m;
    }

    /** The standard modules CPython 3.13 runs frozen (its _imp._frozen_module_names(), less the test modules). */
    private static final java.util.Set<String> FROZEN = java.util.Set.of("_collections_abc", "_sitebuiltins", "abc", "codecs",
            "genericpath", "importlib.machinery", "importlib.util", "io", "ntpath", "os", "posixpath", "runpy", "site", "stat",
            "zipimport");

    /**
     * The co_filename of a module's code: {@code <frozen NAME>} for the standard modules CPython
     * freezes (their tracebacks show that name and no source line), else the file's path.
     */
    // CPython: Python/frozen.c, Lib/importlib/_bootstrap.py FrozenImporter (__file__ stays the real path)
    private static String codeFilename(String name, Path file) {
        Path stdlib = StdlibLocation.get();
        if (FROZEN.contains(name) && stdlib != null && file.startsWith(stdlib)) return "<frozen " + name + ">";
        return file.toString();
    }

    /** Compiles a module's source as running it would (file tokenizer, the file's name). */
    public static PyCode compile(byte[] source, String filename, Interpreter interp) {
        ParserContext ctx = new ParserContext(filename, ParserContext.Mode.FILE, true, false, interp.cwd, interp.err);
        try {
            return Compiler.compile(FrontEnd.parse(source, ctx), new CompileContext(ctx), 0, 0);
        } catch (PySyntaxError e) {
            throw new PyException(syntaxErrorObject(e));
        }
    }

    /** The exception object of a SyntaxError from the front end, with its attributes. */
    // CPython: Objects/exceptions.c SyntaxError_init
    public static PyBaseException syntaxErrorObject(PySyntaxError e) {
        PyObject[] details = {str(e.filename), num(e.lineno), num(e.offset), str(e.text), num(e.endLineno),
                num(e.endOffset)};
        PyBaseException v = new PyBaseException(ExceptionTypes.byName(e.pyType()),
                PyTuple.of(PyStr.of(e.msg), new PyTuple(details)));
        v.dict.put("msg", PyStr.of(e.msg));
        v.dict.put("filename", details[0]);
        v.dict.put("lineno", details[1]);
        v.dict.put("offset", details[2]);
        v.dict.put("text", details[3]);
        v.dict.put("end_lineno", details[4]);
        v.dict.put("end_offset", details[5]);
        v.dict.put("print_file_and_line", PyNone.NONE);
        return v;
    }

    private static PyObject str(String s) {
        return s == null ? PyNone.NONE : PyStr.of(s);
    }

    private static PyObject num(Integer i) {
        return i == null ? PyNone.NONE : PyInt.of(i);
    }

    // CPython: Python/ceval.c _PyEval_ImportFrom
    static PyObject importFrom(PyObject module, PyStr name) {
        if (module instanceof PyModule m) {
            PyObject v = m.dict.get(name);
            if (v != null) return v;
            PyObject full = Interpreter.current().modules.get(PyStr.of(m.name() + "." + name.value));
            if (full != null) return full;
            PyObject file = m.dict.get(FILE);
            String where = file instanceof PyStr fs ? fs.value : "unknown location";
            throw importError("cannot import name " + name.repr() + " from " + PyStr.repr(m.name()) + " (" + where + ")",
                    m.name());
        }
        try {
            return Abstract.getattr(module, name);
        } catch (PyException e) {
            if (!e.value().type().isSubtype(ExceptionTypes.ATTRIBUTE_ERROR)) throw e;
            throw importError("cannot import name " + name.repr() + " from " + module.repr() + " (unknown location)", null);
        }
    }

    // CPython: Python/ceval.c import_all_from
    static void importStar(PyFrame f, PyObject module) {
        if (f.locals == null) throw Errors.systemError("no locals found during 'import *'");
        PyDict dict = module instanceof PyModule m ? m.dict : null;
        PyObject all = dict != null ? dict.get(ALL) : Abstract.lookupAttr(module, ALL);
        boolean skipUnderscore = all == null;
        Iterable<PyObject> names = all != null ? EvalHelpers.toList(all) : dict != null ? dict.keys() : java.util.List.of();
        for (PyObject n : names) {
            if (!(n instanceof PyStr s)) {
                throw Errors.typeError((skipUnderscore ? "Key in " + ((PyModule) module).name() + ".__dict__"
                        : "Item in " + ((PyModule) module).name() + ".__all__") + " must be str, not " + n.typeName());
            }
            if (skipUnderscore && s.value.startsWith("_")) continue;
            PyObject v = dict != null ? dict.get(s) : null;
            if (v == null) v = Abstract.getattr(module, s);
            EvalHelpers.storeName(f, s, v);
        }
    }
}
