package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Importer;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.interp.JavaModules;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;

/**
 * {@code _imp}: what CPython's own {@code importlib} package asks of the interpreter when it
 * sets itself up on top of pyjama's importer ({@code importlib._bootstrap._setup}): which
 * modules are built in (the Java modules), how to make one, and the frozen-module queries
 * (the modules CPython freezes are their stdlib sources, compiled as {@code <frozen NAME>}).
 * There are no extension modules (one found on the path does not exist here), and the
 * import lock is the interpreter's GIL-protected state, so the lock functions only count.
 */
// CPython: Python/import.c (the _imp module)
public final class ImpModule {
    private ImpModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_imp");
        ModuleSupport.set(m, "check_hash_based_pycs", PyStr.of("default"));
        int[] lockDepth = {0};
        def(m, "lock_held", (a, kw) -> PyBool.of(lockDepth[0] > 0));
        def(m, "acquire_lock", (a, kw) -> {
            lockDepth[0]++;
            return PyNone.NONE;
        });
        def(m, "release_lock", (a, kw) -> {
            if (lockDepth[0] == 0) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "not holding the import lock");
            lockDepth[0]--;
            return PyNone.NONE;
        });
        // CPython: Python/import.c _imp_is_builtin_impl (-1: cannot be re-initialised)
        def(m, "is_builtin", (a, kw) -> {
            String name = name("is_builtin", a, kw);
            if (!JavaModules.has(name)) return PyInt.of(0);
            return PyInt.of(name.equals("sys") || name.equals("builtins") ? -1 : 1);
        });
        def(m, "create_builtin", (a, kw) -> {
            PyObject spec = ModuleSupport.one("create_builtin", a, kw);
            PyObject n = Abstract.getattr(spec, PyStr.of("name"));
            if (!(n instanceof PyStr s)) throw Errors.typeError("name must be string, not " + n.typeName());
            if (!JavaModules.has(s.value())) return PyNone.NONE;
            PyObject loaded = interp.modules.get(s);
            if (loaded != null && loaded != PyNone.NONE) return loaded;
            // importlib's _load_unlocked puts it in sys.modules and sets its attributes from the spec
            PyModule fresh = JavaModules.createFresh(interp, s.value());
            return fresh != null ? fresh : Importer.importModule(s.value());
        });
        def(m, "exec_builtin", (a, kw) -> PyInt.of(0));
        // the standard modules CPython freezes are their stdlib sources compiled as <frozen NAME>
        // (FrozenImporter finds and runs them, as CPython's, when importlib's code imports one)
        // false while importlib sets itself up: its _setup would take pyjama's modules loaded before
        // it for CPython's frozen ones (which carry __origname__); Importer fixes those up itself
        def(m, "is_frozen", (a, kw) -> PyBool.of(Importer.frozenOrigin(name("is_frozen", a, kw)) != null
                && Importer.importlibInstalled(interp)));
        def(m, "is_frozen_package", (a, kw) -> {
            String n = name("is_frozen_package", a, kw);
            if (Importer.frozenOrigin(n) == null) throw notFrozen(n);
            return PyBool.FALSE;
        });
        // CPython: Python/import.c _imp_get_frozen_object_impl
        def(m, "get_frozen_object", (a, kw) -> {
            String n = a.length > 0 && a[0] instanceof PyStr s ? s.value() : Abstract.str(a.length > 0 ? a[0] : PyNone.NONE).value();
            dev.pyjama.code.PyCode code = Importer.frozenCode(n);
            if (code == null) throw notFrozen(n);
            return code;
        });
        // CPython: Python/import.c _imp_find_frozen_impl ((data, ispkg, origname); data only when asked for)
        def(m, "find_frozen", (a, kw) -> {
            String n = a.length > 0 && a[0] instanceof PyStr s ? s.value() : null;
            String orig = n == null ? null : Importer.frozenOrigin(n);
            return orig == null ? PyNone.NONE : PyTuple.of(PyNone.NONE, PyBool.FALSE, PyStr.of(orig));
        });
        def(m, "init_frozen", (a, kw) -> PyNone.NONE);
        def(m, "_frozen_module_names", (a, kw) -> PyTuple.EMPTY);
        def(m, "_override_frozen_modules_for_tests", (a, kw) -> PyNone.NONE);
        def(m, "_override_multi_interp_extensions_check", (a, kw) -> PyInt.of(-1));
        // CPython 3.13's on Linux x86-64 (Python/dynload_shlib.c _PyImport_DynLoadFiletab): FileFinder
        // lists an ExtensionFileLoader for them, as CPython's does (a profiler sees those calls)
        def(m, "extension_suffixes", (a, kw) -> PyList.of(PyStr.of(".cpython-313-x86_64-linux-gnu.so"), PyStr.of(".abi3.so"),
                PyStr.of(".so")));
        // pyjama loads no C extension: one found on the path is a module that does not exist here
        def(m, "create_dynamic", (a, kw) -> {
            PyObject spec = a.length > 0 ? a[0] : PyNone.NONE;
            PyObject n = Abstract.lookupAttr(spec, PyStr.of("name"));
            String name = n instanceof PyStr s ? s.value() : "?";
            PyBaseException e = PyBaseException.of(ExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named " + PyStr.repr(name));
            e.dict.put("name", PyStr.of(name));
            throw new PyException(e);
        });
        def(m, "exec_dynamic", (a, kw) -> PyInt.of(0));
        def(m, "_fix_co_filename", (a, kw) -> PyNone.NONE);
        // CPython: Python/import.c _imp_source_hash_impl (the key is importlib's _RAW_MAGIC_NUMBER)
        def(m, "source_hash", (a, kw) -> {
            PyObject source = a.length > 1 ? a[1] : null;
            if (kw != null) {
                for (int i = 0; i < kw.items.length; i++) {
                    if (((PyStr) kw.items[i]).value().equals("source")) source = a[a.length - kw.items.length + i];
                }
            }
            if (!(source instanceof PyBytes b)) throw Errors.typeError("source_hash() argument 'source' must be bytes");
            return new PyBytes(dev.pyjama.code.Pyc.sourceHash(b.value));
        });
        return m;
    }

    private static String name(String fn, PyObject[] a, PyTuple kw) {
        PyObject n = ModuleSupport.one(fn, a, kw);
        if (!(n instanceof PyStr s)) throw Errors.typeError(fn + "() argument must be str, not " + n.typeName());
        return s.value();
    }

    // CPython: Python/import.c set_frozen_error (FROZEN_NOT_FOUND)
    private static PyException notFrozen(String name) {
        PyBaseException e = PyBaseException.of(ExceptionTypes.IMPORT_ERROR, "No such frozen object named '" + name + "'");
        e.dict.put("name", PyStr.of(name));
        return new PyException(e);
    }
}
