package dev.pyjama.interp;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import java.util.Map;
import java.util.TreeMap;

/**
 * The modules CPython writes in C and pyjama writes in Java (issue 5): one table from module
 * name to the code that builds the module. The importer consults it for top-level names
 * before it searches {@code sys.path}, as CPython's BuiltinImporter comes before PathFinder
 * on {@code sys.meta_path}. Each module lives in its own class under {@code dev.pyjama.modules}.
 */
// CPython: Python/import.c create_builtin, PyImport_Inittab; Lib/importlib/_bootstrap.py BuiltinImporter
public final class JavaModules {
    private JavaModules() {}

    /** Builds a fresh module object for one interpreter. */
    @FunctionalInterface
    public interface Factory {
        PyModule create(Interpreter interp);
    }

    // sys and builtins are made by the interpreter itself and are always in sys.modules
    private static final Map<String, Factory> TABLE = new TreeMap<>(Map.ofEntries(
            Map.entry("sys", interp -> interp.sys),
            Map.entry("builtins", interp -> interp.builtinsModule),
            Map.entry("_sre", dev.pyjama.modules.sre.SreModule::create),
            Map.entry("_codecs", dev.pyjama.modules.CodecsModule::create),
            Map.entry("_io", dev.pyjama.modules.IoModule::create),
            Map.entry("_opcode", dev.pyjama.modules.OpcodeModule::create),
            Map.entry("_tokenize", dev.pyjama.modules.TokenizeModule::create),
            Map.entry("_imp", dev.pyjama.modules.ImpModule::create),
            Map.entry("_queue", dev.pyjama.modules.QueueModule::create),
            Map.entry("_lsprof", dev.pyjama.modules.LsprofModule::create),
            Map.entry("_warnings", dev.pyjama.modules.WarningsModule::create),
            Map.entry("marshal", dev.pyjama.modules.MarshalModule::create),
            Map.entry("_thread", dev.pyjama.modules.ThreadModule::create),
            Map.entry("_random", dev.pyjama.modules.RandomModule::create),
            Map.entry("select", dev.pyjama.modules.SelectModule::create),
            Map.entry("array", dev.pyjama.modules.ArrayModule::create),
            Map.entry("_signal", dev.pyjama.modules.SignalModule::create),
            Map.entry("_contextvars", dev.pyjama.modules.ContextvarsModule::create),
            Map.entry("gc", dev.pyjama.modules.GcModule::create),
            Map.entry("binascii", dev.pyjama.modules.BinasciiModule::create),
            Map.entry("_struct", dev.pyjama.modules.StructModule::create),
            Map.entry("_operator", dev.pyjama.modules.OperatorModule::create),
            Map.entry("_functools", dev.pyjama.modules.FunctoolsModule::create),
            Map.entry("_abc", dev.pyjama.modules.AbcModule::create),
            Map.entry("_stat", dev.pyjama.modules.StatModule::create),
            Map.entry("_json", dev.pyjama.modules.JsonModule::create),
            Map.entry("_locale", dev.pyjama.modules.LocaleModule::create),
            Map.entry("unicodedata", dev.pyjama.modules.UnicodedataModule::create),
            Map.entry("_heapq", dev.pyjama.modules.HeapqModule::create),
            Map.entry("_bisect", dev.pyjama.modules.BisectModule::create),
            Map.entry("_csv", dev.pyjama.modules.CsvModule::create),
            Map.entry("_md5", dev.pyjama.modules.hash.HashModules::md5),
            Map.entry("_sha1", dev.pyjama.modules.hash.HashModules::sha1),
            Map.entry("_sha2", dev.pyjama.modules.hash.HashModules::sha2),
            Map.entry("_sha3", dev.pyjama.modules.hash.HashModules::sha3),
            Map.entry("_blake2", dev.pyjama.modules.hash.HashModules::blake2),
            Map.entry("atexit", dev.pyjama.modules.AtexitModule::create),
            Map.entry("faulthandler", dev.pyjama.modules.FaulthandlerModule::create),
            Map.entry("_tracemalloc", dev.pyjama.modules.TracemallocModule::create),
            Map.entry("_collections", dev.pyjama.modules.CollectionsModule::create),
            Map.entry("_typing", dev.pyjama.modules.TypingModule::create),
            Map.entry("_ast", dev.pyjama.modules.AstModule::create),
            Map.entry("_string", dev.pyjama.modules.StringModule::create),
            Map.entry("itertools", dev.pyjama.modules.ItertoolsModule::create),
            Map.entry("math", dev.pyjama.modules.MathModule::create),
            Map.entry("_weakref", dev.pyjama.modules.WeakrefModule::create),
            Map.entry("errno", dev.pyjama.modules.ErrnoModule::create),
            Map.entry("posix", dev.pyjama.modules.PosixModule::create),
            Map.entry("_posixsubprocess", dev.pyjama.modules.ChildProcesses::create),
            Map.entry("fcntl", dev.pyjama.modules.FcntlModule::create),
            Map.entry("_socket", dev.pyjama.modules.SocketModule::create),
            Map.entry("_testcapi", dev.pyjama.modules.TestCapiModule::create),
            Map.entry("time", dev.pyjama.modules.TimeModule::create),
            // coverage.py's data file and its compressed dumps
            // a lambda, not a method reference: SqliteModule (and the JDBC driver it links) loads only on
            // import, so the library jar, which leaves the driver out, still starts
            Map.entry("_sqlite3", JavaModules::sqlite3),
            Map.entry("zlib", dev.pyjama.modules.ZlibModule::create)));

    /** {@code _sqlite3}: CPython's ImportError when the SQLite JDBC driver is not on the class path. */
    private static PyModule sqlite3(Interpreter interp) {
        try {
            Class.forName("org.sqlite.JDBC", false, JavaModules.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw Errors.raise(ExceptionTypes.IMPORT_ERROR,
                    "No module named '_sqlite3' (the SQLite JDBC driver, org.xerial:sqlite-jdbc, is not on the class path)");
        }
        return dev.pyjama.modules.SqliteModule.create(interp);
    }

    static Factory lookup(String name) {
        return TABLE.get(name);
    }

    /** Whether {@code name} is one of pyjama's built-in (Java) modules. */
    /**
     * A new module {@code name} not yet in sys.modules, as {@code _imp.create_builtin} makes it:
     * {@code __package__}, {@code __loader__} and {@code __spec__} None for importlib's
     * {@code _init_module_attrs} to fill. Null when there is no such Java module.
     */
    // CPython: Python/import.c create_builtin (a fresh single-phase module)
    public static dev.pyjama.objects.PyModule createFresh(Interpreter interp, String name) {
        Factory f = lookup(name);
        if (f == null) return null;
        dev.pyjama.objects.PyModule m = f.create(interp);
        for (String k : new String[] {"__package__", "__loader__", "__spec__"}) {
            m.dict.put(dev.pyjama.objects.PyStr.of(k), dev.pyjama.objects.PyNone.NONE);
        }
        return m;
    }

    public static boolean has(String name) {
        return TABLE.containsKey(name);
    }

    /** {@code sys.builtin_module_names}: sorted, as CPython's. */
    static PyTuple names() {
        return new PyTuple(TABLE.keySet().stream().map(PyStr::of).toArray(PyStr[]::new));
    }

    /** A new, empty Java module named {@code name}, for a factory to fill. */
    public static PyModule newModule(String name) {
        return new PyModule(name);
    }
}
