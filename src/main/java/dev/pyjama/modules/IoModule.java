package dev.pyjama.modules;

import dev.pyjama.code.PyCode;
import dev.pyjama.interp.Importer;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyStr;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code _io}, for now written in Python: the resources {@code _io.py}, {@code _io_buffered.py}
 * and {@code _io_text.py} next to this class run, in that order, as the body of the module
 * (on top of the posix module's file descriptors). Their code is hidden from tracebacks, as
 * CPython's C functions are. A Java port of the hot paths (BytesIO, StringIO, TextIOWrapper)
 * is the next step; the module's interface stays the same.
 */
// CPython: Modules/_io/_iomodule.c
public final class IoModule {
    private IoModule() {}

    private static final String[] PARTS = {"_io.py", "_io_buffered.py", "_io_text.py"};

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_io");
        m.dict.put(PyStr.of("__builtins__"), interp.builtinsModule);
        for (String part : PARTS) {
            byte[] source;
            try (InputStream in = IoModule.class.getResourceAsStream(part)) {
                source = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            PyCode code = Importer.compile(source, "<pyjama _io/" + part + ">", interp);
            code.hideFromTracebacks();
            interp.execModule(code, m);
        }
        // builtins.open is _io.open: the lazy stand-in (BuiltinsExtras) gives way once _io exists
        dev.pyjama.objects.PyObject open = interp.builtins.get(PyStr.of("open"));
        if (open instanceof dev.pyjama.objects.PyBuiltinFunction f && f.impl == BuiltinsExtras.LAZY_OPEN.impl) {
            interp.builtins.put(PyStr.of("open"), m.dict.get(PyStr.of("open")));
        }
        return m;
    }
}
