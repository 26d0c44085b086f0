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
            PATH = PyStr.of("__path__"), FILE = PyStr.of("__file__"), ALL = PyStr.of("__all__"),
            SPEC = PyStr.of("__spec__"), INITIALIZING = PyStr.of("_initializing"), PARENT = PyStr.of("parent"),
            GETATTR = PyStr.of("__getattr__");

    private static final PyStr IMPORT = PyStr.of("__import__");

    private static final dev.pyjama.objects.PyBuiltinFunction.Impl IMPORT_IMPL = Importer::builtinImport;

    /** The original {@code builtins.__import__} (each interpreter's builtins module adopts a copy with the same impl). */
    public static final dev.pyjama.objects.PyBuiltinFunction IMPORT_FUNCTION = new dev.pyjama.objects.PyBuiltinFunction(
            "__import__", null, null, IMPORT_IMPL);

    // CPython: Python/bytecodes.c IMPORT_NAME, Python/ceval.c import_name (a replaced __import__ is called; the original is not)
    static PyObject importName(PyFrame f, PyStr name, PyObject fromlist, PyObject levelObj) {
        PyObject imp = f.builtins.get(IMPORT);
        if (!(imp instanceof dev.pyjama.objects.PyBuiltinFunction b && b.impl == IMPORT_IMPL)) {
            if (imp == null) throw importError("__import__ not found", null);
            return Abstract.call(imp, name, f.globals, f.locals == null ? PyNone.NONE : f.locals, fromlist, levelObj);
        }
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
        String absName = name.value();
        if (level > 0) absName = resolveName(name.value(), globals, level);
        else if (absName.isEmpty()) throw Errors.valueError("Empty module name");
        PyObject module = importTop(absName);
        boolean hasFrom = fromlist != PyNone.NONE && Abstract.isTrue(fromlist);
        if (!hasFrom) {
            if (level == 0 || !name.value().isEmpty()) {
                int dot = name.value().indexOf('.');
                if (dot < 0) {
                    return level == 0 ? module : module;
                }
                String front = absName.substring(0, absName.length() - (name.value().length() - dot));
                // CPython: level 0 imports the front name itself (a package whose __init__ failed runs again)
                if (level == 0) return importTop(front);
                PyObject top = Interpreter.current().modules.get(PyStr.of(front));
                if (top == null) throw Errors.raise(ExceptionTypes.KEY_ERROR, PyStr.repr(front) + " not in sys.modules as expected");
                return top;
            }
            return module;
        }
        if (attr(module, PATH) != null) {
            Interpreter interp = Interpreter.current();
            if (ImportHooks.watched(interp)) {
                PyObject r = ImportHooks.handleFromlistInPython(interp, module, fromlist);
                if (r != null) return r;
            }
            for (PyObject item : Abstract.toList(fromlist)) {
                String s = ((PyStr) item).value();
                if (s.equals("*")) continue;
                if (attr(module, PyStr.of(s)) == null) {
                    try {
                        importObject(absName + "." + s);
                    } catch (PyException e) {
                        if (!e.value().type().isSubtype(ExceptionTypes.MODULE_NOT_FOUND_ERROR)) throw e;
                    }
                }
            }
        }
        return module;
    }

    /**
     * The import of an absolute name by the import statement or {@code __import__}: the Java
     * importer, unless a tool could see the Python code CPython runs for it (a module not loaded
     * yet, or one still initialising), which then runs in importlib.
     */
    // CPython: Python/import.c PyImport_ImportModuleLevelObject (import_get_module, import_ensure_initialized, import_find_and_load)
    private static PyObject importTop(String absName) {
        Interpreter interp = Interpreter.current();
        PyObject m = interp.modules.get(PyStr.of(absName));
        if (m == null || m == PyNone.NONE) {
            if (ImportHooks.traced(interp, absName)) {
                PyObject r = ImportTime.timed(interp, absName, () -> ImportHooks.findAndLoadInPython(interp, absName));
                if (r != null) return r;
            }
        } else if (m instanceof PyModule mod && ImportHooks.watched(interp) && initializing(mod)) {
            ImportHooks.lockUnlockInPython(interp, absName);
        }
        return importObject(absName);
    }

    // CPython: Python/import.c resolve_name (reads __spec__.parent, a property a profiler sees called), Lib/importlib/_bootstrap.py _resolve_name
    private static String resolveName(String name, PyDict globals, int level) {
        PyObject pkg = globals.get(PACKAGE);
        if (pkg == PyNone.NONE) pkg = null;
        PyObject spec = globals.get(SPEC);
        if (spec == PyNone.NONE) spec = null;
        String p;
        if (pkg != null) {
            if (!(pkg instanceof PyStr s)) throw Errors.typeError("package must be a string");
            if (spec != null && !Abstract.richCompareBool(pkg, Abstract.getattr(spec, PARENT), Abstract.EQ)) {
                warn("__package__ != __spec__.parent", ExceptionTypes.DEPRECATION_WARNING);
            }
            p = s.value();
        } else if (spec != null) {
            PyObject parent = Abstract.getattr(spec, PARENT);
            if (!(parent instanceof PyStr ps)) throw Errors.typeError("__spec__.parent must be a string");
            p = ps.value();
        } else {
            warn("can't resolve package from __spec__ or __package__, falling back on __name__ and __path__",
                    ExceptionTypes.IMPORT_WARNING);
            PyObject n = globals.get(NAME);
            if (!(n instanceof PyStr ns)) throw Errors.raise(ExceptionTypes.KEY_ERROR, "'__name__' not in globals");
            p = globals.get(PATH) != null ? ns.value()
                    : ns.value().contains(".") ? ns.value().substring(0, ns.value().lastIndexOf('.')) : "";
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

    private static void warn(String text, PyObject category) {
        Abstract.call(Abstract.getattr(importModule("_warnings"), PyStr.of("warn")), PyStr.of(text), category);
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

    /**
     * A module's attribute, or null: its dict for a plain module (and its {@code __getattr__}, which
     * CPython asks even for {@code __path__}), getattr for anything else in sys.modules.
     */
    private static PyObject attr(PyObject module, PyStr name) {
        if (!(module instanceof PyModule m && m.type() == PyModule.TYPE)) return Abstract.lookupAttr(module, name);
        PyObject v = m.dict.get(name);
        if (v != null || m.dict.get(GETATTR) == null) return v;
        try {
            return Abstract.getattr(module, name); // lookupAttr skips a module's __getattr__
        } catch (PyException e) {
            if (!e.value().type().isSubtype(ExceptionTypes.ATTRIBUTE_ERROR)) throw e;
            return null;
        }
    }

    /** Imports {@code name} (dotted: parents first) and returns the module itself. */
    public static PyModule importModule(String name) {
        PyObject m = importObject(name);
        if (m instanceof PyModule mod) return mod;
        throw Errors.typeError("sys.modules[" + PyStr.repr(name) + "] is not a module but " + m.typeName());
    }

    /** A built-in (Java) module, made and put in sys.modules; null when {@code name} is none. */
    // CPython: Lib/importlib/_bootstrap.py BuiltinImporter
    static PyObject javaBuiltin(Interpreter interp, String name) {
        JavaModules.Factory builtin = JavaModules.lookup(name);
        if (builtin != null) {
            PyModule mod = builtin.create(interp);
            ImportHooks.builtinSpec(interp, mod);
            interp.modules.put(PyStr.of(name), mod);
            return mod;
        }
        if (FROZEN_IMPORTLIB.contains(name) && interp.modules.get(PyStr.of("importlib")) == null) {
            // CPython's frozen bootstrap is importlib's own _bootstrap modules: importing importlib
            // (which finds no frozen twin while it runs) registers them under these names
            importModule("importlib");
            PyObject m = interp.modules.get(PyStr.of(name));
            if (m instanceof PyModule mod) return mod;
        }
        return null;
    }

    /** Imports {@code name} (dotted: parents first) and returns what sys.modules then holds for it. */
    // CPython: Lib/importlib/_bootstrap.py _find_and_load_unlocked
    static PyObject importObject(String name) {
        Interpreter interp = Interpreter.current();
        PyObject m = interp.modules.get(PyStr.of(name));
        if (m != null && m != PyNone.NONE) return m;
        if (m == PyNone.NONE) {
            // CPython: Lib/importlib/_bootstrap.py _find_and_load
            PyBaseException e = PyBaseException.of(ExceptionTypes.MODULE_NOT_FOUND_ERROR,
                    "import of " + name + " halted; None in sys.modules");
            e.dict.put("name", PyStr.of(name));
            throw new PyException(e);
        }
        return ImportTime.timed(interp, name, () -> importNew(interp, name));
    }

    /** The import of a module not in sys.modules. */
    private static PyObject importNew(Interpreter interp, String name) {
        if (preloadedByCPython(name)) {
            // CPython has these before the program starts: no tool sees their search or their body
            ThreadState ts = ThreadState.current();
            ts.tracing++;
            try {
                return importMissing(interp, name);
            } finally {
                ts.tracing--;
            }
        }
        return importMissing(interp, name);
    }

    private static PyObject importMissing(Interpreter interp, String name) {
        PyObject m;
        int dot = name.lastIndexOf('.');
        // the Java importer stands for the standard finders; other finders on meta_path take the long way
        boolean fast = ImportHooks.standardMetaPath(interp);
        if (fast && dot < 0) {
            PyObject builtin = javaBuiltin(interp, name);
            if (builtin != null) return builtin;
        }
        PyObject searchPath = interp.path;
        PyObject parent = null;
        if (dot >= 0) {
            parent = importObject(name.substring(0, dot));
            // importing the parent may have imported this one (os puts os.path in sys.modules)
            m = interp.modules.get(PyStr.of(name));
            if (m != null && m != PyNone.NONE) return m;
            PyObject p = attr(parent, PATH);
            if (p == null) throw notFoundIn(name, parent);
            searchPath = p;
        }
        String last = name.substring(dot + 1);
        PyObject loaded = fast ? ImportHooks.pathFind(interp, name, last, searchPath, parent)
                : ImportHooks.findAndLoad(interp, name, parent, searchPath);
        if (loaded != null) return loaded;
        throw dot >= 0 ? notFoundIn(name, parent) : notFound(name);
    }

    /** Looks for {@code last} ({@code NAME/__init__.py}, then {@code NAME.py}) in the folder {@code base}. */
    // CPython: Lib/importlib/_bootstrap_external.py FileFinder.find_spec
    static Found findIn(String last, Path base) {
        Path pkgInit = base.resolve(last).resolve("__init__.py");
        if (Files.isRegularFile(pkgInit)) return new Found(pkgInit, base.resolve(last));
        Path file = base.resolve(last + ".py");
        if (Files.isRegularFile(file)) return new Found(file, null);
        return null;
    }

    static PyObject loadFound(Interpreter interp, String name, Found found, PyObject parent, String last) {
        return load(name, found.file, found.pkgDir, parent, last);
    }

    /** Where a module's source is: {@code file}, and for a package its directory. */
    record Found(Path file, Path pkgDir) {}

    /** Looks for {@code last} ({@code NAME/__init__.py}, then {@code NAME.py}) in each entry of {@code searchPath}. */
    // CPython: Lib/importlib/_bootstrap_external.py PathFinder._get_spec (non-str entries are skipped), FileFinder.find_spec
    static Found find(String last, PyList searchPath, Interpreter interp) {
        for (PyObject entry : searchPath.items) {
            if (!(entry instanceof PyStr entryStr)) continue;
            String dir = entryStr.value();
            Found found = findIn(last, dir.isEmpty() ? interp.cwd : interp.cwd.resolve(dir));
            if (found != null) return found;
        }
        return null;
    }

    /** The code of a found module, from its pyc or compiled (the loader's get_code). */
    // CPython: Lib/importlib/_bootstrap_external.py SourceLoader.get_code
    static PyCode code(String name, Path file, Interpreter interp) {
        try {
            Path frozen = isFrozen(name, file) ? BytecodeCache.frozenCachePath(name, file) : null;
            if (frozen != null) {
                return BytecodeCache.code(name, file, frozen, codeFilename(name, file), false,
                        source -> compile(source, codeFilename(name, file), interp));
            }
            return BytecodeCache.code(name, file, codeFilename(name, file), interp.dontWriteBytecode(),
                    source -> compile(source, codeFilename(name, file), interp));
        } catch (IOException e) {
            throw importError("cannot read " + file + ": " + e.getMessage(), name);
        }
    }

    /**
     * A module's {@code __spec__}: a namespace with ModuleSpec's attributes (pyjama has no
     * importlib loaders yet, so {@code loader} is None).
     */
    // CPython: Lib/importlib/_bootstrap.py ModuleSpec, spec_from_file_location
    static PyObject spec(String name, Path file, Path pkgDir) {
        java.util.Map<String, PyObject> a = new java.util.LinkedHashMap<>();
        a.put("name", PyStr.of(name));
        a.put("loader", PyNone.NONE);
        a.put("origin", PyStr.of(file.toString()));
        a.put("loader_state", PyNone.NONE);
        a.put("submodule_search_locations", pkgDir == null ? PyNone.NONE : PyList.of(PyStr.of(pkgDir.toString())));
        a.put("cached", PyStr.of(BytecodeCache.cachePath(file).toString()));
        int dot = name.lastIndexOf('.');
        a.put("parent", PyStr.of(pkgDir != null ? name : dot < 0 ? "" : name.substring(0, dot)));
        a.put("has_location", dev.pyjama.objects.PyBool.TRUE);
        return SimpleNamespaces.of(a);
    }

    private static PyException notFoundIn(String name, PyObject parent) {
        PyBaseException e = PyBaseException.of(ExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named " + PyStr.repr(name)
                + "; " + PyStr.repr(name.substring(0, name.lastIndexOf('.'))) + " is not a package");
        if (attr(parent, PATH) != null) {
            e = PyBaseException.of(ExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named " + PyStr.repr(name));
        }
        e.dict.put("name", PyStr.of(name));
        return new PyException(e);
    }

    private static PyObject load(String name, Path file, Path pkgDir, PyObject parent, String last) {
        Interpreter interp = Interpreter.current();
        String filename = file.toString();
        PyCode code = code(name, file, interp);
        // CPython: Lib/importlib/_bootstrap.py _init_module_attrs (its order; __builtins__ comes with exec)
        PyModule m = new PyModule(name);
        int dot = name.lastIndexOf('.');
        m.dict.put(PACKAGE, PyStr.of(pkgDir != null ? name : dot < 0 ? "" : name.substring(0, dot)));
        // importlib's spec and loader once importlib is imported; a namespace until then (fixed up when it comes)
        PyObject real = ImportHooks.realSpec(interp, name, file, pkgDir, isFrozen(name, file));
        if (real != null) m.dict.put(PyStr.of("__loader__"), Abstract.getattr(real, PyStr.of("loader")));
        m.dict.put(SPEC, real != null ? real : spec(name, file, pkgDir));
        if (pkgDir != null) m.dict.put(PATH, PyList.of(PyStr.of(pkgDir.toString())));
        m.dict.put(FILE, PyStr.of(filename));
        m.dict.put(PyStr.of("__cached__"), PyStr.of(BytecodeCache.cachePath(file).toString()));
        m.dict.put(PyStr.of("__builtins__"), interp.builtins); // the dict, as exec gives an imported module (only __main__ has the module)
        PyStr key = PyStr.of(name);
        interp.modules.put(key, m);
        PyObject spec = m.dict.get(PyStr.of("__spec__"));
        Abstract.setattr(spec, INITIALIZING, dev.pyjama.objects.PyBool.TRUE);
        // CPython has imported these before the program starts, so no tool sees them run; pyjama
        // imports them on first use, with events off on this thread while the body runs
        boolean preloaded = preloadedByCPython(name);
        ThreadState ts = preloaded ? ThreadState.current() : null;
        if (ts != null) ts.tracing++;
        try {
            interp.execModule(code, m);
        } catch (PyException e) {
            interp.modules.remove(key);
            throw e;
        } finally {
            if (ts != null) ts.tracing--;
            // CPython: Lib/importlib/_bootstrap.py _load_unlocked (spec._initializing while the body runs)
            Abstract.setattr(spec, INITIALIZING, dev.pyjama.objects.PyBool.FALSE);
            // importing importlib from this module's body gave it a real spec in the meantime
            PyObject now = m.dict.get(SPEC);
            if (now != spec && now != null && now != PyNone.NONE) Abstract.setattr(now, INITIALIZING, dev.pyjama.objects.PyBool.FALSE);
        }
        PyObject result = interp.modules.get(key);
        if (result == null) result = m;
        if (parent instanceof PyModule pm && pm.type() == PyModule.TYPE) pm.dict.put(PyStr.of(last), result);
        else if (parent != null) Abstract.setattr(parent, PyStr.of(last), result);
        if (name.equals("importlib")) installImportlibFinders(interp, m);
        if (preloaded && name.equals("linecache") && interp.pendingCommandSource != null) interp.registerCommandSource(m);
        return result;
    }

    /**
     * Once CPython's importlib has set itself up, its finders go on {@code sys.meta_path} and
     * {@code sys.path_hooks}, as CPython's start-up puts them there, so that
     * {@code importlib.import_module}, {@code importlib.util.find_spec} and pkgutil find modules
     * (the import statement itself stays on this Java importer, which does not read meta_path).
     */
    // CPython: Python/pylifecycle.c init_importlib, init_importlib_external (_bootstrap._install, _install_external_importers)
    private static void frozenModuleName(PyObject module, String sourceName, String frozenName) {
        if (!(module instanceof PyModule m)) return;
        PyStr key = PyStr.of("__module__");
        for (PyObject v : m.dict.values()) {
            if (!(v instanceof dev.pyjama.objects.PyType || v instanceof dev.pyjama.objects.PyFunction)) continue;
            PyObject own = v instanceof dev.pyjama.objects.PyType t ? t.dict.get("__module__") : Abstract.getattr(v, key);
            if (own instanceof PyStr s && s.value().equals(sourceName)) Abstract.setattr(v, key, PyStr.of(frozenName));
        }
    }

    private static void installImportlibFinders(Interpreter interp, PyModule importlib) {
        PyObject meta = interp.sys.dict.get(PyStr.of("meta_path"));
        PyObject bootstrap = importlib.dict.get(PyStr.of("_bootstrap"));
        PyObject external = importlib.dict.get(PyStr.of("_bootstrap_external"));
        // CPython: Python/pylifecycle.c init_importlib (sys.modules['_frozen_importlib'] and its external twin)
        if (bootstrap instanceof PyModule) interp.modules.put(PyStr.of("_frozen_importlib"), bootstrap);
        if (external instanceof PyModule) interp.modules.put(PyStr.of("_frozen_importlib_external"), external);
        // CPython runs these two frozen, under the names above: their classes and functions say
        // so in __module__ (tools tell the standard finders apart by it, e.g. test_bdb)
        ImportLockExits.install(bootstrap);
        frozenModuleName(bootstrap, "importlib._bootstrap", "_frozen_importlib");
        frozenModuleName(external, "importlib._bootstrap_external", "_frozen_importlib_external");
        if (!(meta instanceof PyList ml) || bootstrap == null || external == null || ImportHooks.standard(interp) != null) return;
        // finders a program put on meta_path before importing importlib stay in front of the standard ones
        PyObject builtinImporter = Abstract.getattr(bootstrap, PyStr.of("BuiltinImporter"));
        PyObject frozenImporter = Abstract.getattr(bootstrap, PyStr.of("FrozenImporter"));
        ml.items.add(builtinImporter);
        ml.items.add(frozenImporter);
        // the source copy of _bootstrap_external, where CPython imports its frozen twin
        Abstract.call(Abstract.getattr(external, PyStr.of("_install")), new PyObject[] {bootstrap}, null);
        PyObject hooks = interp.sys.dict.get(PyStr.of("path_hooks"));
        PyObject fileFinderHook = hooks instanceof PyList hl && !hl.items.isEmpty() ? hl.items.get(hl.items.size() - 1) : null;
        ImportHooks.record(interp, new ImportHooks.Standard(builtinImporter, frozenImporter,
                Abstract.getattr(external, PyStr.of("PathFinder")), fileFinderHook, null,
                Abstract.getattr(external, PyStr.of("FileFinder")), bootstrap, external));
        // CPython: Python/import.c _PyImportZip_Init (zipimporter first on path_hooks)
        PyObject zipimporter = Abstract.getattr(ImportHooks.bootstrapping(() -> importModule("zipimport")), PyStr.of("zipimporter"));
        if (hooks instanceof PyList hl) hl.items.add(0, zipimporter);
        ImportHooks.record(interp, new ImportHooks.Standard(builtinImporter, frozenImporter,
                Abstract.getattr(external, PyStr.of("PathFinder")), fileFinderHook, zipimporter,
                Abstract.getattr(external, PyStr.of("FileFinder")), bootstrap, external));
        ImportHooks.fixUpModules(interp);
        ImportHooks.seedPathCache(interp);
    }

    /**
     * The pure-Python modules in CPython 3.13's {@code sys.modules} when a script's first line
     * runs ({@code import sys; print(sorted(sys.modules))} in a script; {@code -c} adds linecache),
     * less the built-in ones.
     */
    /**
     * Whether CPython has imported {@code name} before the program starts: the modules below, and
     * linecache under {@code -c} (pyjama imports it when the program first does, then gives it
     * the command's source).
     */
    static boolean preloadedByCPython(String name) {
        return PRELOADED_BY_CPYTHON.contains(name) || name.equals("linecache") && Interpreter.current().pendingCommandSource != null;
    }

    private static final java.util.Set<String> PRELOADED_BY_CPYTHON = java.util.Set.of("_collections_abc", "_sitebuiltins", "abc",
            "codecs", "encodings", "encodings.aliases", "encodings.utf_8", "encodings.utf_8_sig", "genericpath", "io",
            "os", "posixpath", "site", "stat", "importlib._bootstrap", "importlib._bootstrap_external",
            "zipimport");

    private static final java.util.Set<String> FROZEN_IMPORTLIB = java.util.Set.of("_frozen_importlib",
            "_frozen_importlib_external");

    /** The standard modules CPython 3.13 runs frozen (its _imp._frozen_module_names(), less the test modules). */
    private static final java.util.Set<String> FROZEN = java.util.Set.of("_collections_abc", "_sitebuiltins", "abc", "codecs",
            "genericpath", "importlib._bootstrap", "importlib._bootstrap_external", "importlib.machinery", "importlib.util", "io", "ntpath", "os", "posixpath", "runpy", "site", "stat",
            "zipimport");

    /**
     * The co_filename of a module's code: {@code <frozen NAME>} for the standard modules CPython
     * freezes (their tracebacks show that name and no source line), else the file's path.
     */
    // CPython: Python/frozen.c, Lib/importlib/_bootstrap.py FrozenImporter (__file__ stays the real path)
    private static String codeFilename(String name, Path file) {
        return isFrozen(name, file) ? "<frozen " + name + ">" : file.toString();
    }

    /**
     * The module {@code _imp.find_frozen(name)} names for a module CPython 3.13 freezes
     * ({@code os.path} is posixpath's alias), or null; only when the stdlib holds its source.
     */
    // CPython: Python/frozen.c _PyImport_FrozenStdlib, _PyImport_FrozenAliases
    public static String frozenOrigin(String name) {
        String orig = name.equals("os.path") ? "posixpath" : name.equals("_frozen_importlib") ? "importlib._bootstrap"
                : name.equals("_frozen_importlib_external") ? "importlib._bootstrap_external" : name;
        Path file = frozenSource(orig);
        return file == null ? null : orig;
    }

    private static Path frozenSource(String orig) {
        Path stdlib = StdlibLocation.get();
        if (!FROZEN.contains(orig) || stdlib == null) return null;
        Path file = stdlib.resolve(orig.replace('.', '/') + ".py");
        return Files.isRegularFile(file) ? file : null;
    }

    /** Whether importlib has set itself up in this interpreter (its finders are installed). */
    public static boolean importlibInstalled(Interpreter interp) {
        return ImportHooks.standard(interp) != null;
    }

    /** The code {@code _imp.get_frozen_object} gives: the module's stdlib source, compiled as {@code <frozen NAME>}. */
    public static PyCode frozenCode(String name) {
        String orig = frozenOrigin(name);
        return orig == null ? null : code(orig, frozenSource(orig), Interpreter.current());
    }

    /** Whether CPython runs this module frozen (a standard module of its own Lib). */
    static boolean isFrozen(String name, Path file) {
        Path stdlib = StdlibLocation.get();
        return FROZEN.contains(name) && stdlib != null && file.startsWith(stdlib);
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
            if (m.type() != PyModule.TYPE || m.dict.get(PyStr.of("__getattr__")) != null) {
                // the attribute lookup CPython starts with: a module's __getattr__ (typing.Match), a subclass's hooks
                try {
                    return Abstract.getattr(m, name);
                } catch (PyException e) {
                    if (!e.value().type().isSubtype(ExceptionTypes.ATTRIBUTE_ERROR)) throw e;
                }
            }
            PyObject full = Interpreter.current().modules.get(PyStr.of(m.name() + "." + name.value()));
            if (full != null) return full;
            PyObject file = m.dict.get(FILE);
            String where = file instanceof PyStr fs ? fs.value() : "unknown location";
            String from = file instanceof PyStr && initializing(m) ? "partially initialized module " + PyStr.repr(m.name())
                    + " (most likely due to a circular import)" : PyStr.repr(m.name());
            throw importError("cannot import name " + name.repr() + " from " + from + " (" + where + ")", m.name());
        }
        try {
            return Abstract.getattr(module, name);
        } catch (PyException e) {
            if (!e.value().type().isSubtype(ExceptionTypes.ATTRIBUTE_ERROR)) throw e;
        }
        // what sys.modules holds may be any object: its __name__ names it, when it is a str
        PyObject pkgname = Abstract.lookupAttr(module, NAME);
        if (pkgname instanceof PyStr pn) {
            PyObject full = Interpreter.current().modules.get(PyStr.of(pn.value() + "." + name.value()));
            if (full != null) return full;
        }
        String shown = pkgname instanceof PyStr pn ? pn.repr() : "'<unknown module name>'";
        throw importError("cannot import name " + name.repr() + " from " + shown + " (unknown location)",
                pkgname instanceof PyStr pn ? pn.value() : null);
    }

    /** Whether the module's body is running now ({@code __spec__._initializing}). */
    // CPython: Objects/moduleobject.c _PyModuleSpec_IsInitializing
    private static boolean initializing(PyModule m) {
        PyObject spec = m.dict.get(SPEC);
        if (spec == null || spec == PyNone.NONE) return false;
        PyObject v = Abstract.lookupAttr(spec, INITIALIZING);
        return v != null && Abstract.isTrue(v);
    }

    /**
     * The AttributeError for a name a module lacks, worded as CPython 3.13.0 words it: a module
     * still initialising is most likely in a circular import, or (when it sits in the main
     * script's directory) shadowing a library of the same name.
     */
    // CPython: Objects/moduleobject.c _Py_module_getattro_impl, _PyModule_IsPossiblyShadowing
    static PyException moduleAttributeError(PyModule m, PyStr name) {
        String mod = m.name(), attr = name.value();
        PyObject spec = m.dict.get(SPEC);
        PyObject originObj = spec == null || spec == PyNone.NONE ? null : Abstract.lookupAttr(spec, PyStr.of("origin"));
        PyObject hasLocation = spec == null || spec == PyNone.NONE ? null : Abstract.lookupAttr(spec, PyStr.of("has_location"));
        String origin = originObj instanceof PyStr o && hasLocation != null && Abstract.isTrue(hasLocation) ? o.value() : null;
        String msg = "module '" + mod + "' has no attribute '" + attr + "'";
        if (initializing(m)) {
            if (origin != null && possiblyShadowing(origin)) {
                msg += " (consider renaming '" + origin + "' if it has the same name as a third-party module you intended to import)";
            } else if (origin != null) {
                msg = "partially initialized module '" + mod + "' from '" + origin + "' has no attribute '" + attr
                        + "' (most likely due to a circular import)";
            } else {
                msg = "partially initialized module '" + mod + "' has no attribute '" + attr + "' (most likely due to a circular import)";
            }
        }
        return Errors.raise(ExceptionTypes.ATTRIBUTE_ERROR, msg);
    }

    /** Whether a module file sits in the directory of the initial sys.path[0] (the script's, or the working directory). */
    private static boolean possiblyShadowing(String origin) {
        Interpreter interp = Interpreter.current();
        if (interp.sysPath0 == null) return false;
        String root = origin;
        if (root.endsWith("/__init__.py")) root = root.substring(0, root.length() - "/__init__.py".length());
        int sep = root.lastIndexOf('/');
        if (sep < 0) return false;
        root = root.substring(0, sep);
        String p0 = interp.sysPath0.isEmpty() ? interp.cwd.toString() : interp.sysPath0;
        return p0.equals(root);
    }

    // CPython: Python/ceval.c import_all_from
    static void importStar(PyFrame f, PyObject module) {
        if (f.locals == null) throw Errors.systemError("no locals found during 'import *'");
        PyDict dict = module instanceof PyModule m ? m.dict : null;
        PyObject all = dict != null ? dict.get(ALL) : Abstract.lookupAttr(module, ALL);
        boolean skipUnderscore = all == null;
        Iterable<PyObject> names = all != null ? Abstract.toList(all) : dict != null ? dict.keys() : java.util.List.of();
        for (PyObject n : names) {
            if (!(n instanceof PyStr s)) {
                throw Errors.typeError((skipUnderscore ? "Key in " + ((PyModule) module).name() + ".__dict__"
                        : "Item in " + ((PyModule) module).name() + ".__all__") + " must be str, not " + n.typeName());
            }
            if (skipUnderscore && s.value().startsWith("_")) continue;
            PyObject v = dict != null ? dict.get(s) : null;
            if (v == null) v = Abstract.getattr(module, s);
            EvalHelpers.storeName(f, s, v);
        }
    }
}
