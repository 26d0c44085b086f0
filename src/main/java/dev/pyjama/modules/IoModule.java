package dev.pyjama.modules;

import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyStr;

/**
 * {@code _io}, all Java: the abstract bases ({@link IoBase}), {@link FileIO}, {@link StringIO},
 * {@link BytesIO}, the buffered classes ({@link Buffered}), {@link TextIOWrapper},
 * IncrementalNewlineDecoder ({@link NewlineDecoder}) and {@code open} ({@link IoOpen}).
 */
// CPython: Modules/_io/_iomodule.c
public final class IoModule {
    private IoModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_io");
        m.dict.put(PyStr.of("__builtins__"), interp.builtins); // its Python part runs as an imported module does
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
        ModuleSupport.set(m, "TextIOWrapper", TextIOWrapper.TYPE);
        ModuleSupport.set(m, "IncrementalNewlineDecoder", NewlineDecoder.TYPE);
        IoOpen.install(m);
        // builtins.open is _io.open: the lazy stand-in (BuiltinsExtras) gives way once _io exists
        dev.pyjama.objects.PyObject open = interp.builtins.get(PyStr.of("open"));
        if (open instanceof dev.pyjama.objects.PyBuiltinFunction f && f.impl == BuiltinsExtras.LAZY_OPEN.impl) {
            interp.builtins.put(PyStr.of("open"), m.dict.get(PyStr.of("open")));
        }
        return m;
    }
}
