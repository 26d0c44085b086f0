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
 * {@code _io}: the abstract bases ({@link IoBase}), {@link FileIO}, {@link StringIO} and
 * {@link BytesIO}, the buffered classes ({@link Buffered}) and {@code open} ({@link IoOpen})
 * are Java; TextIOWrapper and IncrementalNewlineDecoder are still Python: the resource
 * {@code _io_text.py} next to this class runs as the rest of the module's body. Its code is
 * hidden from tracebacks, as CPython's C functions are.
 */
// CPython: Modules/_io/_iomodule.c
public final class IoModule {
    private IoModule() {}

    private static final String[] PARTS = {"_io_text.py"};

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_io");
        m.dict.put(PyStr.of("__builtins__"), interp.builtinsModule);
        // the Java classes first: the Python part (TextIOWrapper) builds on them
        ModuleSupport.set(m, "DEFAULT_BUFFER_SIZE", IoBase.DEFAULT_BUFFER_SIZE);
        ModuleSupport.set(m, "BlockingIOError", dev.pyjama.objects.ExceptionTypes.BLOCKING_IO_ERROR);
        ModuleSupport.set(m, "UnsupportedOperation", IoBase.unsupportedOperation());
        ModuleSupport.set(m, "_IOBase", IoBase.IOBASE);
        ModuleSupport.set(m, "_RawIOBase", IoBase.RAW);
        ModuleSupport.set(m, "_BufferedIOBase", IoBase.BUFFERED);
        ModuleSupport.set(m, "_TextIOBase", IoBase.TEXT);
        ModuleSupport.set(m, "FileIO", FileIO.TYPE);
        ModuleSupport.set(m, "StringIO", StringIO.TYPE);
        ModuleSupport.set(m, "BytesIO", BytesIO.TYPE);
        ModuleSupport.set(m, "BufferedReader", Buffered.READER);
        ModuleSupport.set(m, "BufferedWriter", Buffered.WRITER);
        ModuleSupport.set(m, "BufferedRandom", Buffered.RANDOM);
        ModuleSupport.set(m, "BufferedRWPair", Buffered.RWPAIR);
        IoOpen.install(m);
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
