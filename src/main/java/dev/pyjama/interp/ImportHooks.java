package dev.pyjama.interp;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The parts of importlib's protocol the Java importer honours once a program (or a tool) uses
 * them: finders on {@code sys.meta_path} other than the standard three, {@code sys.path_hooks}
 * and {@code sys.path_importer_cache} (zipimport among them), and real {@code ModuleSpec}s with
 * importlib's loaders for the modules the Java importer loads. While {@code sys.meta_path} holds
 * only the standard finders, imports stay on the Java fast path of {@link Importer}.
 */
// CPython: Lib/importlib/_bootstrap.py _find_spec, _find_and_load_unlocked; Lib/importlib/_bootstrap_external.py PathFinder
final class ImportHooks {
    private ImportHooks() {}

    private static final PyStr META_PATH = PyStr.of("meta_path"), PATH_HOOKS = PyStr.of("path_hooks"),
            PATH_IMPORTER_CACHE = PyStr.of("path_importer_cache"), FIND_SPEC = PyStr.of("find_spec"),
            LOADER = PyStr.of("loader"), SPEC = PyStr.of("__spec__"), LOADER_ATTR = PyStr.of("__loader__"),
            FILE = PyStr.of("__file__");

    /** The standard finders and hooks of one interpreter, recorded when importlib installs them. */
    record Standard(PyObject builtinImporter, PyObject frozenImporter, PyObject pathFinder, PyObject fileFinderHook,
            PyObject zipimporter, PyObject fileFinderType, PyObject bootstrap, PyObject external) {}

    private static final Map<Interpreter, Standard> STANDARD = new WeakHashMap<>();

    /** Set while a path hook's need imports importlib: the imports that makes skip archive entries. */
    private static final ThreadLocal<Boolean> BOOTSTRAPPING = ThreadLocal.withInitial(() -> false);

    /** Runs {@code body} with archive entries of the path skipped (and not cached): importlib and zipimport are being set up. */
    static <T> T bootstrapping(java.util.function.Supplier<T> body) {
        boolean was = BOOTSTRAPPING.get();
        BOOTSTRAPPING.set(true);
        try {
            return body.get();
        } finally {
            BOOTSTRAPPING.set(was);
        }
    }

    static Standard standard(Interpreter interp) {
        synchronized (STANDARD) {
            return STANDARD.get(interp);
        }
    }

    static void record(Interpreter interp, Standard s) {
        synchronized (STANDARD) {
            STANDARD.put(interp, s);
        }
    }

    /**
     * Whether {@code sys.meta_path} is what the Java importer stands for: empty before importlib
     * is imported, CPython's three finders in their order after.
     */
    static boolean standardMetaPath(Interpreter interp) {
        PyObject mp = interp.sys.dict.get(META_PATH);
        if (!(mp instanceof PyList l)) return false;
        Standard s = standard(interp);
        if (s == null) return l.items.isEmpty();
        return l.items.size() == 3 && l.items.get(0) == s.builtinImporter && l.items.get(1) == s.frozenImporter
                && l.items.get(2) == s.pathFinder;
    }

    /** Whether {@code sys.path_hooks} holds only CPython's standard hooks (zipimporter, FileFinder's). */
    private static boolean standardPathHooks(Interpreter interp, Standard s) {
        PyObject ph = interp.sys.dict.get(PATH_HOOKS);
        if (!(ph instanceof PyList l)) return false;
        for (PyObject h : l.items) {
            if (s == null || (h != s.fileFinderHook && h != s.zipimporter)) return false;
        }
        return true;
    }

    /**
     * {@code _find_spec} over {@code sys.meta_path} and the load of what it finds: the standard
     * finders are the Java importer's fast paths, any other finder's {@code find_spec} is called
     * and its spec loaded by importlib's {@code _bootstrap._load}. Returns null when no finder
     * knows the module.
     */
    // CPython: Lib/importlib/_bootstrap.py _find_spec, _find_and_load_unlocked
    static PyObject findAndLoad(Interpreter interp, String name, PyObject parent, PyObject searchPath) {
        PyObject mp = interp.sys.dict.get(META_PATH);
        if (mp == null || mp == PyNone.NONE) {
            throw Importer.importError("sys.meta_path is None, Python is likely shutting down", null);
        }
        Standard s = standard(interp);
        PyObject[] finders = Abstract.toList(mp).toArray(new PyObject[0]);
        if (finders.length == 0 && s != null) {
            Abstract.call(Abstract.getattr(Importer.importModule("_warnings"), PyStr.of("warn")), PyStr.of("sys.meta_path is empty"),
                    ExceptionTypes.IMPORT_WARNING);
        }
        int dot = name.lastIndexOf('.');
        String last = name.substring(dot + 1);
        for (PyObject finder : finders) {
            if (s != null && finder == s.builtinImporter) {
                if (dot < 0) {
                    PyObject m = Importer.javaBuiltin(interp, name);
                    if (m != null) return m;
                }
            } else if (s != null && finder == s.frozenImporter) {
                continue;
            } else if (s != null && finder == s.pathFinder) {
                PyObject m = pathFind(interp, name, last, searchPath, parent);
                if (m != null) return m;
            } else {
                PyObject findSpec = Abstract.lookupAttr(finder, FIND_SPEC);
                if (findSpec == null) continue;
                PyObject spec = Abstract.call(findSpec, PyStr.of(name), dot < 0 ? PyNone.NONE : searchPath, PyNone.NONE);
                if (spec != PyNone.NONE) return loadSpec(interp, spec, parent, last);
            }
        }
        if (s == null) {
            // importlib is not imported yet: its finders are not on meta_path, the Java importer stands after the program's
            if (dot < 0) {
                PyObject m = Importer.javaBuiltin(interp, name);
                if (m != null) return m;
            }
            return pathFind(interp, name, last, searchPath, parent);
        }
        return null;
    }

    /**
     * The modules CPython 3.13 has in {@code sys.modules} before a script runs that are built in
     * (pyjama makes its Java twins on first use): importing them makes no Python frames there.
     */
    private static final java.util.Set<String> PRELOADED_BUILTINS = java.util.Set.of("_abc", "_codecs", "_imp", "_io",
            "_signal", "_stat", "_thread", "_warnings", "_weakref", "builtins", "marshal", "posix", "sys", "time", "os.path",
            "_frozen_importlib", "_frozen_importlib_external", "importlib", "importlib._bootstrap",
            "importlib._bootstrap_external");

    /**
     * Whether the import of {@code name}, not in sys.modules yet, must run importlib's Python code
     * because a tool could see it: some tool set an event globally and no callback is running on
     * this thread. Modules CPython has loaded before a program starts stay on the Java path (no
     * frames there either). Cheap: it is asked on sys.modules misses only.
     */
    // CPython: Python/import.c import_find_and_load (always Python there; here only when someone watches)
    static boolean traced(Interpreter interp, String name) {
        if (!interp.monitoring.anyGlobalEvents() || ThreadState.current().tracing > 0 || BOOTSTRAPPING.get()) return false;
        return !Importer.preloadedByCPython(name) && !PRELOADED_BUILTINS.contains(name);
    }

    /** Whether a tool could see Python code run now (an already loaded package's fromlist, a module being initialised). */
    static boolean watched(Interpreter interp) {
        return interp.monitoring.anyGlobalEvents() && ThreadState.current().tracing == 0 && !BOOTSTRAPPING.get();
    }

    /** The standard finders, importing importlib first (silently: CPython has it frozen and loaded) when needed. */
    private static Standard bootstrapped(Interpreter interp) {
        Standard s = standard(interp);
        if (s != null) return s;
        muted(() -> bootstrapping(() -> Importer.importModule("importlib")));
        return standard(interp);
    }

    private static final Map<Interpreter, PyObject> IMPORT_FUNC = new WeakHashMap<>();

    /**
     * The interpreter's own {@code builtins.__import__}, which importlib's Python code calls back
     * (CPython's {@code interp->import_func}, kept even when a program replaces the builtin).
     */
    private static PyObject importFunc(Interpreter interp) {
        synchronized (IMPORT_FUNC) {
            return IMPORT_FUNC.computeIfAbsent(interp, i -> {
                PyObject f = i.builtinsModule.dict.get(PyStr.of("__import__"));
                if (f instanceof dev.pyjama.objects.PyBuiltinFunction b && b.impl == Importer.IMPORT_FUNCTION.impl) return f;
                return Importer.IMPORT_FUNCTION.ofModule(i.builtinsModule);
            });
        }
    }

    private static final Map<Interpreter, java.util.Set<PyObject>> VISITED = new WeakHashMap<>();

    /** The path entries the Java search walked since importlib's code last ran an import. */
    private static java.util.Set<PyObject> visited(Interpreter interp) {
        synchronized (VISITED) {
            return VISITED.computeIfAbsent(interp, i -> java.util.Collections.synchronizedSet(new java.util.LinkedHashSet<>()));
        }
    }

    /**
     * Gives the entries the Java search walked the FileFinders CPython's PathFinder would have
     * left in {@code sys.path_importer_cache}, their directories listed, so an import that now
     * runs in importlib finds the cache as CPython's (no path hooks, no listing again).
     */
    // CPython: Lib/importlib/_bootstrap_external.py PathFinder._path_importer_cache, FileFinder.find_spec (_fill_cache)
    private static void seedVisited(Interpreter interp, Standard s) {
        java.util.Set<PyObject> visited = visited(interp);
        PyObject[] keys;
        synchronized (visited) {
            if (visited.isEmpty()) return;
            keys = visited.toArray(new PyObject[0]);
            visited.clear();
        }
        PyObject cacheOf = Abstract.getattr(s.pathFinder, PyStr.of("_path_importer_cache"));
        for (PyObject key : keys) {
            PyObject finder = Abstract.call(cacheOf, key);
            if (finder.type() != s.fileFinderType) continue;
            PyObject mtime = Abstract.lookupAttr(finder, PyStr.of("_path_mtime"));
            if (mtime instanceof dev.pyjama.objects.PyInt i && i.fitsLong() && i.longValue() == -1) {
                Abstract.call(Abstract.getattr(finder, FIND_SPEC), PyStr.of("__pyjama_fill__"));
            }
        }
    }

    /** {@code _bootstrap._find_and_load(name, __import__)}: the import, run in importlib's Python code. */
    // CPython: Python/import.c import_find_and_load
    static PyObject findAndLoadInPython(Interpreter interp, String name) {
        Standard s = bootstrapped(interp);
        if (s == null) return null;
        muted(() -> { forgetDeadLocks(s); seedVisited(interp, s); return null; });
        return Abstract.call(Abstract.getattr(s.bootstrap, PyStr.of("_find_and_load")), PyStr.of(name), importFunc(interp));
    }

    /** {@code _bootstrap._handle_fromlist(module, fromlist, __import__)}, as CPython calls it for a package. */
    // CPython: Python/import.c PyImport_ImportModuleLevelObject (has_from, the module has __path__)
    static PyObject handleFromlistInPython(Interpreter interp, PyObject module, PyObject fromlist) {
        Standard s = bootstrapped(interp);
        if (s == null) return null;
        muted(() -> { forgetDeadLocks(s); seedVisited(interp, s); return null; });
        return Abstract.call(Abstract.getattr(s.bootstrap, PyStr.of("_handle_fromlist")), module, fromlist, importFunc(interp));
    }

    /**
     * Drops what CPython's reference counts would have freed since the last import: a module lock
     * nobody holds (its weakref callback {@code cb} deletes it from {@code _module_locks}) and a
     * thread's empty blocked-on list ({@code _WeakValueDictionary}'s callback {@code remove}).
     * pyjama runs no weakref callbacks, and the JVM frees when it likes: without this the next
     * import would find them alive and skip creating new ones (fewer calls than CPython, varying
     * with the collector). The callbacks themselves are not called: their frames are missing.
     */
    // CPython: Lib/importlib/_bootstrap.py _get_module_lock (cb), _BlockingOnManager, _WeakValueDictionary
    private static void forgetDeadLocks(Standard s) {
        if (!(s.bootstrap instanceof PyModule b)) return;
        if (b.dict.get(PyStr.of("_module_locks")) instanceof PyDict locks) {
            for (PyObject key : locks.keys().toArray(new PyObject[0])) {
                PyObject ref = locks.get(key);
                PyObject lock = ref == null ? null : Abstract.call(ref);
                PyObject count = lock == null || lock == PyNone.NONE ? null : Abstract.lookupAttr(lock, PyStr.of("count"));
                if (lock == null || lock == PyNone.NONE || count instanceof PyList cl && cl.items.isEmpty()) locks.remove(key);
            }
        }
        PyObject blocking = b.dict.get(PyStr.of("_blocking_on"));
        if (blocking != null && Abstract.lookupAttr(blocking, PyStr.of("data")) instanceof PyDict data) {
            for (PyObject key : data.keys().toArray(new PyObject[0])) {
                PyObject ref = data.get(key);
                PyObject list = ref == null ? null : Abstract.call(ref);
                if (list == null || list == PyNone.NONE || Abstract.len(list) == 0) data.remove(key);
            }
        }
    }

    /** {@code _bootstrap._lock_unlock_module(name)} for a module still being initialised (a circular import). */
    // CPython: Python/import.c import_ensure_initialized
    static void lockUnlockInPython(Interpreter interp, String name) {
        Standard s = bootstrapped(interp);
        if (s == null) return;
        muted(() -> { forgetDeadLocks(s); seedVisited(interp, s); return null; });
        Abstract.call(Abstract.getattr(s.bootstrap, PyStr.of("_lock_unlock_module")), PyStr.of(name));
    }

    /**
     * PathFinder's search of {@code searchPath}: an entry's finder from {@code sys.path_importer_cache}
     * or the path hooks, the Java directory search standing for FileFinder. Returns the loaded
     * module, or null.
     */
    // CPython: Lib/importlib/_bootstrap_external.py PathFinder._get_spec, _path_importer_cache, _path_hooks
    static PyObject pathFind(Interpreter interp, String name, String last, PyObject searchPath, PyObject parent) {
        Standard s = standard(interp);
        boolean standardHooks = standardPathHooks(interp, s);
        PyObject pic = interp.sys.dict.get(PATH_IMPORTER_CACHE);
        PyDict cache = pic instanceof PyDict d ? d : null;
        // (CPython finds the modules it loads before a program starts frozen, or before sys.path[0] is set)
        java.util.Set<PyObject> visited = standardHooks && !BOOTSTRAPPING.get() && !Importer.preloadedByCPython(name)
                ? visited(interp) : null;
        // a copy: a hook may change the path while it is searched
        PyObject[] entries = (searchPath instanceof PyList l ? l.items : Abstract.toList(searchPath)).toArray(new PyObject[0]);
        for (PyObject entry : entries) {
            if (!(entry instanceof PyStr entryStr)) continue;
            // CPython: PathFinder._path_importer_cache ('' stands for the working directory)
            PyObject key = entryStr.value().isEmpty() ? PyStr.of(interp.cwd.toString()) : entry;
            if (visited != null) visited.add(key);
            PyObject finder = cache == null ? null : cache.get(key);
            Path base = entryStr.value().isEmpty() ? interp.cwd : interp.cwd.resolve(entryStr.value());
            if (finder == null) {
                if (standardHooks && (s == null || BOOTSTRAPPING.get())) {
                    // before importlib: the Java search stands for FileFinder, and nothing is cached
                    Importer.Found found = Importer.findIn(last, base);
                    if (found != null) return Importer.loadFound(interp, name, found, parent, last);
                    if (Files.isDirectory(base) || !inFile(base)) continue;
                }
                finder = runHooks(interp, entryStr);
                if (finder == null) continue;
                if (cache != null) cache.put(key, finder);
            }
            if (finder == PyNone.NONE) continue;
            if (standardHooks && s != null && finder.type() == s.fileFinderType) {
                Importer.Found found = Importer.findIn(last, base);
                if (found != null) return Importer.loadFound(interp, name, found, parent, last);
                continue;
            }
            PyObject findSpec = Abstract.lookupAttr(finder, FIND_SPEC);
            if (findSpec == null) continue;
            PyObject spec = Abstract.call(findSpec, PyStr.of(name));
            if (spec == PyNone.NONE) continue;
            PyObject loader = Abstract.lookupAttr(spec, LOADER);
            if (loader == null || loader == PyNone.NONE) continue; // a namespace portion: pyjama has no namespace packages yet
            return loadSpec(interp, spec, parent, last);
        }
        return null;
    }

    /** Whether {@code p} or a folder above it is a regular file (a zip archive holding the rest of the path). */
    // CPython: Lib/zipimport.py zipimporter.__init__ (walks up to the archive)
    private static boolean inFile(Path p) {
        for (Path q = p; q != null; q = q.getParent()) {
            if (Files.isRegularFile(q)) return true;
            if (Files.isDirectory(q)) return false;
        }
        return false;
    }

    /**
     * The first path hook that accepts {@code entry}, or None; null while importlib sets itself up
     * (the imports it makes search the rest of the path).
     */
    // CPython: Lib/importlib/_bootstrap_external.py PathFinder._path_hooks
    private static PyObject runHooks(Interpreter interp, PyStr entry) {
        if (BOOTSTRAPPING.get()) return null;
        if (standard(interp) == null) {
            if (interp.modules.get(PyStr.of("importlib")) != null) return null;
            bootstrapping(() -> Importer.importModule("importlib")); // installs the standard hooks, zipimporter among them
            if (standard(interp) == null) return null;
        }
        PyObject ph = interp.sys.dict.get(PATH_HOOKS);
        if (ph == null || ph == PyNone.NONE) return PyNone.NONE;
        for (PyObject hook : Abstract.toList(ph).toArray(new PyObject[0])) {
            try {
                return Abstract.call(hook, entry);
            } catch (PyException e) {
                if (!e.value().type().isSubtype(ExceptionTypes.IMPORT_ERROR)) throw e;
            }
        }
        return PyNone.NONE;
    }

    /** Loads a spec a Python finder returned, as importlib does, and binds it in its parent. */
    // CPython: Lib/importlib/_bootstrap.py _find_and_load_unlocked (_load_unlocked, then setattr on the parent)
    private static PyObject loadSpec(Interpreter interp, PyObject spec, PyObject parent, String last) {
        if (standard(interp) == null) Importer.importModule("importlib");
        Standard s = standard(interp);
        PyObject module = Abstract.call(Abstract.getattr(s.bootstrap, PyStr.of("_load")), spec);
        if (parent != null) {
            try {
                Abstract.setattr(parent, PyStr.of(last), module);
            } catch (PyException e) {
                if (!e.value().type().isSubtype(ExceptionTypes.ATTRIBUTE_ERROR)) throw e;
            }
        }
        return module;
    }

    /**
     * The {@code __spec__} of a module the Java importer loads once importlib is there: FileFinder's
     * spec with a SourceFileLoader, or FrozenImporter's for the modules CPython freezes. Null
     * before importlib is imported.
     */
    // CPython: Lib/importlib/_bootstrap_external.py FileFinder._get_spec, spec_from_file_location; _bootstrap.py FrozenImporter.find_spec
    static PyObject realSpec(Interpreter interp, String name, Path file, Path pkgDir, boolean frozen) {
        Standard s = standard(interp);
        if (s == null) return null;
        return muted(() -> makeSpec(s, name, file, pkgDir, frozen));
    }

    /**
     * Runs {@code body} with events off on this thread: the spec and loader stand for the Java
     * importer's work, which no tool sees (pyjama's import statement shows no importlib frames).
     */
    static <T> T muted(java.util.function.Supplier<T> body) {
        ThreadState ts = ThreadState.current();
        ts.tracing++;
        try {
            return body.get();
        } finally {
            ts.tracing--;
        }
    }

    private static PyObject makeSpec(Standard s, String name, Path file, Path pkgDir, boolean frozen) {
        PyStr n = PyStr.of(name), f = PyStr.of(file.toString());
        if (frozen) {
            PyObject spec = Abstract.call(Abstract.getattr(s.bootstrap, PyStr.of("spec_from_loader")),
                    new PyObject[] {n, s.frozenImporter, PyStr.of("frozen"), dev.pyjama.objects.PyBool.of(pkgDir != null)},
                    PyTuple.of(PyStr.of("origin"), PyStr.of("is_package")));
            Map<String, PyObject> state = new java.util.LinkedHashMap<>();
            state.put("filename", f);
            state.put("origname", n);
            Abstract.setattr(spec, PyStr.of("loader_state"), SimpleNamespaces.of(state));
            if (pkgDir != null) {
                PyObject locs = Abstract.getattr(spec, PyStr.of("submodule_search_locations"));
                if (locs instanceof PyList pl) pl.items.add(0, PyStr.of(pkgDir.toString()));
            }
            return spec;
        }
        PyObject loader = Abstract.call(Abstract.getattr(s.external, PyStr.of("SourceFileLoader")), n, f);
        PyObject locations = pkgDir == null ? PyNone.NONE : PyList.of(PyStr.of(pkgDir.toString()));
        return Abstract.call(Abstract.getattr(s.external, PyStr.of("spec_from_file_location")), new PyObject[] {n, f, loader, locations},
                PyTuple.of(LOADER, PyStr.of("submodule_search_locations")));
    }

    /**
     * Puts in {@code sys.path_importer_cache} the FileFinders CPython's start-up leaves there,
     * their directory listings read: the standard library's folder and {@code encodings}' (site
     * and the codecs import from them before a program starts). Without them the first import
     * from the standard library under a profiler would show the path hooks and the listing.
     */
    // CPython: Python/pylifecycle.c init_import_site, encodings imported by _PyCodec_InitRegistry
    static void seedPathCache(Interpreter interp) {
        Path stdlib = StdlibLocation.get();
        Standard s = standard(interp);
        if (stdlib == null || s == null || !standardPathHooks(interp, s)) return;
        muted(() -> {
            PyObject cacheOf = Abstract.getattr(s.pathFinder, PyStr.of("_path_importer_cache"));
            String[][] seeds = {{stdlib.toString(), "encodings"}, {stdlib.resolve("encodings").toString(), "encodings.utf_8"}};
            for (String[] seed : seeds) {
                if (!Files.isDirectory(Path.of(seed[0]))) continue;
                PyObject finder = Abstract.call(cacheOf, PyStr.of(seed[0]));
                if (finder != PyNone.NONE) Abstract.call(Abstract.getattr(finder, FIND_SPEC), PyStr.of(seed[1]));
            }
            return null;
        });
    }

    /** The spec of a Java module once importlib is there: BuiltinImporter's. */
    static void builtinSpec(Interpreter interp, PyModule m) {
        Standard s = standard(interp);
        if (s == null) return;
        PyObject spec = muted(() -> Abstract.call(Abstract.getattr(s.bootstrap, PyStr.of("ModuleSpec")),
                new PyObject[] {PyStr.of(m.name()), s.builtinImporter, PyStr.of("built-in")}, PyTuple.of(PyStr.of("origin"))));
        m.dict.put(LOADER_ATTR, s.builtinImporter);
        m.dict.put(SPEC, spec);
    }

    /**
     * Gives the modules the Java importer loaded before importlib existed their real specs and
     * loaders, as CPython's {@code _bootstrap._setup} fixes up the modules imported before it.
     */
    // CPython: Lib/importlib/_bootstrap.py _setup, FrozenImporter._fix_up_module
    static void fixUpModules(Interpreter interp) {
        java.util.List<Map.Entry<PyObject, PyObject>> all = new java.util.ArrayList<>();
        interp.modules.entries().forEachRemaining(all::add);
        for (Map.Entry<PyObject, PyObject> e : all) {
            if (!(e.getValue() instanceof PyModule m) || !(e.getKey() instanceof PyStr key)) continue;
            PyObject spec = m.dict.get(SPEC);
            if (spec == null || spec.type() != SimpleNamespaces.TYPE || !(m.dict.get(FILE) instanceof PyStr file)) continue;
            PyObject locs = Abstract.lookupAttr(spec, PyStr.of("submodule_search_locations"));
            Path pkgDir = locs instanceof PyList pl && !pl.items.isEmpty() && pl.items.get(0) instanceof PyStr ps ? Path.of(ps.value()) : null;
            Path path = Path.of(file.value());
            PyObject real = realSpec(interp, key.value(), path, pkgDir, Importer.isFrozen(key.value(), path));
            PyObject init = Abstract.lookupAttr(spec, PyStr.of("_initializing"));
            if (init != null) Abstract.setattr(real, PyStr.of("_initializing"), init);
            m.dict.put(LOADER_ATTR, Abstract.getattr(real, LOADER));
            m.dict.put(SPEC, real);
        }
    }
}
