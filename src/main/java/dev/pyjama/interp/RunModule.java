package dev.pyjama.interp;

import dev.pyjama.code.PyCode;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.nio.file.Path;

/**
 * {@code pyjama -m NAME}: finds the module (for a package, its {@code __main__} submodule,
 * importing the package first), then runs its code as {@code __main__}, as CPython's runpy
 * does for the -m switch, with runpy's messages for what cannot be run. The code runs under
 * two frames named as runpy's are ({@code <frozen runpy>}, same lines) so tracebacks read
 * exactly as CPython's.
 */
// CPython: Lib/runpy.py _run_module_as_main, _get_module_details, _run_code; Lib/importlib/util.py find_spec
final class RunModule {
    private RunModule() {}

    /** runpy's {@code _Error}: reported as "EXECUTABLE: message" with exit status 1, no traceback. */
    private static final class RunError extends RuntimeException {
        RunError(String message) {
            super(message, null, false, false);
        }
    }

    private record Spec(String name, Path file, Path pkgDir, boolean builtin) {}

    private record Details(String name, Spec spec, PyCode code) {}

    /** Runs module {@code modName} as {@code __main__} (whose dict is {@code main}'s). */
    static void runAsMain(Interpreter interp, String modName, PyModule main) {
        Details d;
        try {
            d = details(interp, modName);
        } catch (RunError e) {
            String exe = System.getProperty("pyjama.executable", "pyjama");
            throw new PyException(new PyBaseException(ExceptionTypes.SYSTEM_EXIT, PyTuple.of(PyStr.of(exe + ": " + e.getMessage()))));
        }
        PyObject argv = interp.sys.dict.get(PyStr.of("argv"));
        if (argv instanceof PyList l && !l.items.isEmpty()) l.items.set(0, PyStr.of(d.spec.file.toString()));
        PyDict g = main.dict;
        Spec s = d.spec;
        g.put(PyStr.of("__name__"), PyStr.of("__main__"));
        g.put(PyStr.of("__file__"), PyStr.of(s.file.toString()));
        g.put(PyStr.of("__cached__"), PyStr.of(BytecodeCache.cachePath(s.file).toString()));
        g.put(PyStr.of("__doc__"), PyNone.NONE);
        g.put(PyStr.of("__loader__"), PyNone.NONE);
        int dot = s.name.lastIndexOf('.');
        g.put(PyStr.of("__package__"), PyStr.of(dot < 0 ? "" : s.name.substring(0, dot)));
        g.put(PyStr.of("__spec__"), Importer.spec(s.name, s.file, s.pkgDir));
        Abstract.call(frames(interp), d.code, g);
    }

    // CPython: Lib/runpy.py _get_module_details
    private static Details details(Interpreter interp, String modName) {
        if (modName.startsWith(".")) throw new RunError("Relative module names not supported");
        int dot = modName.lastIndexOf('.');
        if (dot >= 0) {
            String pkg = modName.substring(0, dot);
            try {
                Importer.importModule(pkg);
            } catch (PyException e) {
                // a missing ancestor is reported by find_spec below; any other failure propagates
                if (!e.value().type().isSubtype(ExceptionTypes.IMPORT_ERROR)) throw e;
                PyObject n = e.value().dict.get("name");
                if (!(n instanceof PyStr ns) || (!ns.value().equals(pkg) && !pkg.startsWith(ns.value() + "."))) throw e;
            }
        }
        Spec spec;
        try {
            spec = findSpec(interp, modName);
        } catch (PyException e) {
            PyType t = e.value().type();
            if (!t.isSubtype(ExceptionTypes.IMPORT_ERROR) && !t.isSubtype(ExceptionTypes.ATTRIBUTE_ERROR)
                    && !t.isSubtype(ExceptionTypes.TYPE_ERROR) && !t.isSubtype(ExceptionTypes.VALUE_ERROR)) throw e;
            String msg = "Error while finding module specification for " + PyStr.repr(modName) + " (" + t.name() + ": "
                    + Abstract.str(e.value()).value() + ")";
            if (modName.endsWith(".py")) {
                String stem = modName.substring(0, modName.length() - 3);
                msg += ". Try using '" + stem + "' instead of '" + modName + "' as the module name.";
            }
            throw new RunError(msg);
        }
        if (spec == null) throw new RunError("No module named " + modName);
        if (spec.pkgDir != null) {
            if (modName.equals("__main__") || modName.endsWith(".__main__")) {
                throw new RunError("Cannot use package as __main__ module");
            }
            try {
                return details(interp, modName + ".__main__");
            } catch (RunError e) {
                if (interp.modules.get(PyStr.of(modName)) == null) throw e;
                throw new RunError(e.getMessage() + "; " + PyStr.repr(modName) + " is a package and cannot be directly executed");
            }
        }
        if (spec.builtin) throw new RunError("No code object available for " + modName);
        return new Details(modName, spec, Importer.code(modName, spec.file, interp));
    }

    /** {@code importlib.util.find_spec(name)} on pyjama's finders: null when there is no such module. */
    // CPython: Lib/importlib/util.py find_spec, Lib/importlib/_bootstrap.py _find_spec
    private static Spec findSpec(Interpreter interp, String name) {
        PyObject existing = interp.modules.get(PyStr.of(name));
        if (existing instanceof PyModule m) {
            if (JavaModules.lookup(name) != null) return new Spec(name, null, null, true);
            PyObject spec = m.dict.get(PyStr.of("__spec__"));
            if (spec == null || spec == PyNone.NONE) {
                throw Errors.valueError(name + ".__spec__ is " + (spec == null ? "not set" : "None"));
            }
            PyObject file = m.dict.get(PyStr.of("__file__"));
            if (!(file instanceof PyStr f)) return new Spec(name, null, null, true);
            PyObject path = m.dict.get(PyStr.of("__path__"));
            Path p = Path.of(f.value());
            return new Spec(name, p, path instanceof PyList ? p.getParent() : null, false);
        }
        int dot = name.lastIndexOf('.');
        PyList searchPath = interp.path;
        if (dot >= 0) {
            String parentName = name.substring(0, dot);
            PyModule parent = Importer.importModule(parentName);
            PyObject path = parent.dict.get(PyStr.of("__path__"));
            if (!(path instanceof PyList pl)) {
                PyBaseException e = PyBaseException.of(ExceptionTypes.MODULE_NOT_FOUND_ERROR, "__path__ attribute not found on "
                        + PyStr.repr(parentName) + " while trying to find " + PyStr.repr(name));
                e.dict.put("name", PyStr.of(name));
                throw new PyException(e);
            }
            searchPath = pl;
        } else if (JavaModules.lookup(name) != null) {
            return new Spec(name, null, null, true);
        }
        Importer.Found f = Importer.find(name.substring(dot + 1), searchPath, interp);
        return f == null ? null : new Spec(name, f.file(), f.pkgDir(), false);
    }

    /**
     * A function standing for runpy's two frames: {@code _run_module_as_main} (line 198) calls
     * {@code _run_code} (line 88), which execs the module's code, both in {@code <frozen runpy>}.
     */
    private static PyObject frames(Interpreter interp) {
        StringBuilder src = new StringBuilder();
        line(src, 80, "def _run_code(code, run_globals):");
        line(src, 88, "    exec(code, run_globals)");
        line(src, 190, "def _run_module_as_main(code, main_globals):");
        line(src, 198, "    _run_code(code, main_globals)");
        PyCode code = Importer.compile(src.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), "<frozen runpy>", interp);
        PyModule shim = interp.newModule("runpy", null);
        interp.execModule(code, shim);
        return shim.dict.get(PyStr.of("_run_module_as_main"));
    }

    private static void line(StringBuilder src, int lineno, String text) {
        long lines = src.chars().filter(c -> c == '\n').count();
        while (lines++ < lineno - 1) src.append('\n');
        src.append(text).append('\n');
    }
}
