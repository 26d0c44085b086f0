package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;

import dev.pyjama.code.Marshal;
import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;

/**
 * {@code marshal}: CPython's serialisation of code objects and constants, on the same reader
 * and writer that load and write {@code .pyc} files ({@link Marshal}).
 */
// CPython: Python/marshal.c (marshal_dumps_impl, marshal_loads_impl, marshal_dump_impl, marshal_load_impl)
public final class MarshalModule {
    private MarshalModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("marshal");
        ModuleSupport.set(m, "version", Marshal.VERSION);
        def(m, "loads", (a, kw) -> {
            if (a.length < 1) throw Errors.typeError("loads() missing required argument 'bytes' (pos 1)");
            return Marshal.loads(Buffers.bytesLike(a[0]));
        });
        def(m, "dumps", (a, kw) -> {
            if (a.length < 1) throw Errors.typeError("dumps() missing required argument 'value' (pos 1)");
            int positional = a.length - (kw == null ? 0 : kw.items.length); // allow_code is the only keyword
            int version = positional > 1 ? ModuleSupport.asInt(a[1]) : Marshal.VERSION;
            return new PyBytes(Marshal.dumps(a[0], version));
        });
        def(m, "load", (a, kw) -> {
            if (a.length < 1) throw Errors.typeError("load() missing required argument 'file' (pos 1)");
            PyObject data = Abstract.call(Abstract.getattr(a[0], PyStr.of("read")));
            return Marshal.loads(Buffers.bytesLike(data));
        });
        def(m, "dump", (a, kw) -> {
            if (a.length < 2) throw Errors.typeError("dump() missing required argument 'file' (pos 2)");
            int version = a.length > 2 ? ModuleSupport.asInt(a[2]) : Marshal.VERSION;
            Abstract.call(Abstract.getattr(a[1], PyStr.of("write")), new PyBytes(Marshal.dumps(a[0], version)));
            return PyNone.NONE;
        });
        return m;
    }
}
