package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;
import static dev.pyjama.modules.ModuleSupport.one;
import static dev.pyjama.modules.ModuleSupport.set;

import dev.pyjama.interp.Errors;
import dev.pyjama.interp.SimpleNamespaces;
import dev.pyjama.interp.StdlibLocation;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The attributes of {@code sys} that describe the implementation and the platform, which the
 * standard library reads at import time (version_info, implementation, platform, maxsize,
 * flags, ...). The interpreter makes the rest of {@code sys} (argv, path, modules, tracing).
 *
 * <p>{@code sys.implementation.name} is {@code 'pyjama'} and {@code cache_tag}
 * {@code 'pyjama-313'}: importlib names {@code .pyc} files after the tag, so pyjama's caches
 * never overwrite CPython's. No standard module branches on the name except to look for
 * 'cpython' or 'pypy' (sysconfig and platform read {@code _multiarch} and {@code sys.version}
 * instead), so another name is safe; {@code sys.version} keeps CPython's format, which
 * {@code platform._sys_version} parses.
 */
// CPython: Python/sysmodule.c _PySys_InitCore, make_impl_info, make_version_info, make_flags
public final class SysExtras {
    private SysExtras() {}

    static final PyType VERSION_INFO = StructSeq.newType("sys.version_info",
            new String[] {"major", "minor", "micro", "releaselevel", "serial"}, 5, false);
    static final PyType FLAGS = StructSeq.newType("sys.flags", new String[] {"debug", "inspect", "interactive", "optimize",
            "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
            "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
            "int_max_str_digits"}, 18, false);
    static final PyType FLOAT_INFO = StructSeq.newType("sys.float_info", new String[] {"max", "max_exp", "max_10_exp",
            "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"}, 11, false);
    static final PyType INT_INFO = StructSeq.newType("sys.int_info", new String[] {"bits_per_digit", "sizeof_digit",
            "default_max_str_digits", "str_digits_check_threshold"}, 4, false);
    static final PyType HASH_INFO = StructSeq.newType("sys.hash_info", new String[] {"width", "modulus", "inf", "nan",
            "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"}, 9, false);
    static final PyType THREAD_INFO = StructSeq.newType("sys.thread_info", new String[] {"name", "lock", "version"}, 3, false);

    private static PyInt i(long v) {
        return PyInt.of(v);
    }

    private static PyStr s(String v) {
        return PyStr.of(v);
    }

    /** Adds the attributes to {@code sys}. */
    public static void install(PyModule sys) {
        PyObject versionInfo = StructSeq.of(VERSION_INFO, i(3), i(13), i(0), s("final"), i(0));
        set(sys, "version", s("3.13.0 (main, Jan  1 2026, 00:00:00) [pyjama on Java " + Runtime.version().feature() + "]"));
        set(sys, "version_info", versionInfo);
        set(sys, "hexversion", 0x030D00F0);
        set(sys, "api_version", 1013);
        Map<String, PyObject> impl = new LinkedHashMap<>();
        impl.put("name", s("pyjama"));
        impl.put("cache_tag", s("pyjama-313"));
        impl.put("version", versionInfo);
        impl.put("hexversion", i(0x030D00F0));
        impl.put("_multiarch", s("x86_64-linux-gnu"));
        set(sys, "implementation", SimpleNamespaces.of(impl));
        set(sys, "platform", s("linux"));
        set(sys, "byteorder", s("little"));
        set(sys, "maxsize", Long.MAX_VALUE);
        set(sys, "maxunicode", 0x10FFFF);
        set(sys, "abiflags", s(""));
        set(sys, "float_repr_style", s("short"));
        set(sys, "_git", PyTuple.of(s("pyjama"), s(""), s("")));
        set(sys, "_framework", s(""));
        set(sys, "copyright", s("Copyright (c) 2001-2024 Python Software Foundation.\nAll Rights Reserved."));
        set(sys, "pycache_prefix", PyNone.NONE);
        set(sys, "_xoptions", new PyDict());
        set(sys, "warnoptions", new PyList(new java.util.ArrayList<>()));
        PyObject[] stdlibNames = new PyObject[StdlibModuleNames.NAMES.length];
        for (int i = 0; i < stdlibNames.length; i++) stdlibNames[i] = s(StdlibModuleNames.NAMES[i]);
        set(sys, "stdlib_module_names", dev.pyjama.objects.PyFrozenSet.of(stdlibNames));
        set(sys, "meta_path", new PyList(new java.util.ArrayList<>()));
        set(sys, "path_hooks", new PyList(new java.util.ArrayList<>()));
        set(sys, "path_importer_cache", new PyDict());
        String exe = System.getProperty("pyjama.executable", "");
        set(sys, "executable", s(exe));
        set(sys, "_base_executable", s(exe));
        Path stdlib = StdlibLocation.get();
        String prefix = stdlib == null || stdlib.getParent() == null || stdlib.getParent().getParent() == null ? ""
                : stdlib.getParent().getParent().toString();
        for (String n : new String[] {"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"}) set(sys, n, s(prefix));
        set(sys, "platlibdir", s("lib"));
        set(sys, "_stdlib_dir", stdlib == null ? PyNone.NONE : s(stdlib.toString()));
        setDontWriteBytecode(sys, true);
        set(sys, "float_info", StructSeq.of(FLOAT_INFO, PyFloat.of(Double.MAX_VALUE), i(1024), i(308),
                PyFloat.of(Double.MIN_NORMAL), i(-1021), i(-307), i(15), i(53), PyFloat.of(Math.ulp(1.0)), i(2), i(1)));
        set(sys, "int_info", StructSeq.of(INT_INFO, i(30), i(4), i(4300), i(640)));
        set(sys, "hash_info", StructSeq.of(HASH_INFO, i(64), i((1L << 61) - 1), i(314159), i(0), i(1000003), s("siphash13"),
                i(64), i(128), i(0)));
        set(sys, "thread_info", StructSeq.of(THREAD_INFO, s("pthread"), s("mutex+cond"), PyNone.NONE));
        def(sys, "getdefaultencoding", (a, kw) -> noArgs("getdefaultencoding", a, kw, s("utf-8")));
        def(sys, "getfilesystemencoding", (a, kw) -> noArgs("getfilesystemencoding", a, kw, s("utf-8")));
        def(sys, "getfilesystemencodeerrors", (a, kw) -> noArgs("getfilesystemencodeerrors", a, kw, s("surrogateescape")));
        // CPython: Python/sysmodule.c sys_getswitchinterval_impl, sys_setswitchinterval_impl (kept
        // as whole microseconds, as _PyEval_SetSwitchInterval keeps it)
        def(sys, "getswitchinterval", (a, kw) -> noArgs("getswitchinterval", a, kw,
                PyFloat.of(1e-6 * unsignedToDouble(dev.pyjama.interp.Interpreter.current().gil.switchIntervalMicros()))));
        def(sys, "setswitchinterval", (a, kw) -> {
            PyObject v = one("setswitchinterval", a, kw);
            double interval = ModuleSupport.asDouble(v);
            if (interval <= 0.0) throw dev.pyjama.interp.Errors.valueError("switch interval must be strictly positive");
            double us = 1e6 * interval;
            // a C (unsigned long) cast: NaN gives 2**63 on x86-64, infinity and values past 2**64 give 0
            long micros = Double.isNaN(us) ? Long.MIN_VALUE : us >= 18446744073709551616.0 ? 0
                    : us >= 9223372036854775808.0 ? (long) (us - 9223372036854775808.0) + Long.MIN_VALUE : (long) us;
            dev.pyjama.interp.Interpreter.current().gil.setSwitchIntervalMicros(micros);
            return PyNone.NONE;
        });
        def(sys, "is_finalizing", (a, kw) -> noArgs("is_finalizing", a, kw, PyBool.FALSE));
        def(sys, "_is_gil_enabled", (a, kw) -> noArgs("_is_gil_enabled", a, kw, PyBool.TRUE));
        def(sys, "getrefcount", (a, kw) -> {
            one("getrefcount", a, kw);
            return i(2);
        });
        // CPython: Python/sysmodule.c sys_intern_impl
        def(sys, "intern", (a, kw) -> {
            PyObject o = one("intern", a, kw);
            if (o.getClass() != PyStr.class) throw Errors.typeError("intern() argument must be str, not " + o.typeName());
            return PyStr.intern(((PyStr) o).value());
        });
        Audit.install(sys);
        def(sys, "getsizeof", SysExtras::getsizeof);
    }

    /**
     * {@code sys.getsizeof(object[, default])}: the object's {@code __sizeof__()} plus what
     * CPython allocates before the object ({@link #preHeader}). The sizes are pyjama's own
     * notion: built-in types report CPython's only where they define {@code __sizeof__} as
     * CPython does.
     */
    // CPython: Python/sysmodule.c sys_getsizeof, _PySys_GetSizeOf
    /**
     * What CPython 3.13 allocates before an instance: a class made by Python code is GC-tracked
     * (16 bytes of GC header), and 16 more when its instances have a managed __dict__ or
     * __weakref__ (Py_TPFLAGS_PREHEADER).
     */
    // CPython: Include/internal/pycore_object.h _PyType_PreHeaderSize
    private static long preHeader(PyType t) {
        if (!t.heap) return 0;
        return 16 + (t.instanceDict || managedWeakref(t) ? 16 : 0);
    }

    /** Whether some class of the MRO made by Python code has no __slots__, or lists __weakref__ in them. */
    // CPython: Objects/typeobject.c type_new_slots (add_weak)
    private static boolean managedWeakref(PyType t) {
        for (PyType c : t.mro()) {
            if (!c.heap) continue;
            PyObject slots = c.dict.get("__slots__");
            if (slots == null) return true;
            PyObject[] names = slots instanceof PyStr ? new PyObject[] {slots}
                    : slots instanceof dev.pyjama.objects.PyTuple tu ? tu.items
                    : slots instanceof dev.pyjama.objects.PyList l ? l.items.toArray(new PyObject[0]) : new PyObject[0];
            for (PyObject n : names) {
                if (n instanceof PyStr str && str.value().equals("__weakref__")) return true;
            }
        }
        return false;
    }

    private static PyObject getsizeof(PyObject[] a, dev.pyjama.objects.PyTuple kw) {
        PyObject[] args = dev.pyjama.interp.Args.parse("getsizeof", a, 0, kw, new String[] {"object", "default"}, 1, 2);
        PyObject o = args[0], dflt = args[1];
        PyObject r;
        try {
            r = dev.pyjama.interp.Abstract.callSpecial(o, "__sizeof__");
            if (r == null) throw Errors.typeError("Type " + o.type().name() + " doesn't define __sizeof__");
            if (!(r instanceof dev.pyjama.objects.PyInt n)) throw Errors.typeError("an integer is required");
            if (!n.fitsLong()) throw Errors.raise(dev.pyjama.objects.ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
            if (n.longValue() < 0) throw Errors.valueError("__sizeof__() should return >= 0");
            return i(n.longValue() + preHeader(o.type()));
        } catch (dev.pyjama.objects.PyException e) {
            if (dflt != null && e.value().type().isSubtype(dev.pyjama.objects.ExceptionTypes.TYPE_ERROR)) return dflt;
            throw e;
        }
    }

    /**
     * {@code sys.dont_write_bytecode} and the flag of the same name: true until the launcher
     * says otherwise (embedders and in-process tests write no caches unless asked).
     */
    public static void setDontWriteBytecode(PyModule sys, boolean dontWrite) {
        set(sys, "dont_write_bytecode", dontWrite ? PyBool.TRUE : PyBool.FALSE);
        setFlags(sys, Map.of("dont_write_bytecode", dontWrite ? 1 : 0));
    }

    /** Changes the named fields of {@code sys.flags} (a new struct sequence; the others are kept). */
    // CPython: Python/sysmodule.c set_flags_from_config
    public static void setFlags(PyModule sys, Map<String, Integer> values) {
        PyObject old = sys.dict.get(s("flags"));
        PyObject[] items = old instanceof PyTuple t ? t.items.clone() : new PyObject[] {i(0), i(0), i(0), i(0), i(1), i(0),
            i(0), i(0), i(0), i(0), i(0), i(1), i(0), PyBool.FALSE, i(0), i(0), PyBool.FALSE, i(4300)};
        String[] names = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
            "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
            "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"};
        for (int k = 0; k < names.length; k++) {
            Integer v = values.get(names[k]);
            if (v != null) items[k] = items[k] instanceof PyBool ? PyBool.of(v != 0) : i(v);
        }
        set(sys, "flags", StructSeq.of(FLAGS, items));
    }

    private static PyObject noArgs(String name, PyObject[] a, dev.pyjama.objects.PyTuple kw, PyObject result) {
        ModuleSupport.noArgs(name, a, kw);
        return result;
    }

    private static double unsignedToDouble(long v) {
        return v >= 0 ? v : ((v >>> 1) | (v & 1)) * 2.0;
    }
}
