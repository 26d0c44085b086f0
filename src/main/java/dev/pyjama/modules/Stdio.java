package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;

/**
 * {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr} as CPython builds them: a
 * TextIOWrapper over a BufferedReader/BufferedWriter over a FileIO on descriptor 0, 1 or 2
 * (under -u, stdout and stderr wrap the FileIO directly and write through). pyjama's
 * descriptors 0-2 are the interpreter's own Java streams ({@link FileDescriptors}), so the
 * same stack serves the launcher (the process's streams) and an embedding or a test (the
 * streams it gave the interpreter). Newlines are not translated ("\n" on POSIX); stdout and
 * stdin are line-buffered on a terminal, stderr always; stderr's errors are backslashreplace,
 * the others' strict, or surrogateescape in UTF-8 mode and under the C/POSIX locale.
 * PYTHONIOENCODING ({@code encoding:errors}, either part optional) overrides both.
 */
// CPython: Python/pylifecycle.c init_sys_streams, create_stdio; Python/initconfig.c config_init_stdio_encoding, config_get_stdio_errors
public final class Stdio {
    private Stdio() {}

    /** Builds the three streams and sets {@code sys.std*} and {@code sys.__std*__}. */
    public static void install(Interpreter interp, boolean unbuffered, String ioEncoding) {
        interp.stdioUnbuffered = unbuffered;
        interp.stdioEncoding = ioEncoding;
        String encoding = "utf-8";
        String errors = null;
        if (ioEncoding != null && !ioEncoding.isEmpty()) {
            int colon = ioEncoding.indexOf(':');
            String enc = colon < 0 ? ioEncoding : ioEncoding.substring(0, colon);
            if (colon >= 0 && colon + 1 < ioEncoding.length()) errors = ioEncoding.substring(colon + 1);
            if (!enc.isEmpty()) {
                encoding = ((PyStr) Abstract.getattr(TextIOWrapper.lookupText(enc), PyStr.intern("name"))).value();
                if (errors == null) errors = "strict";
            }
        }
        if (errors == null) errors = defaultErrors();
        set(interp, "stdin", create(0, false, "<stdin>", encoding, errors, unbuffered));
        set(interp, "stdout", create(1, true, "<stdout>", encoding, errors, unbuffered));
        set(interp, "stderr", create(2, true, "<stderr>", encoding, "backslashreplace", unbuffered));
    }

    private static void set(Interpreter interp, String name, PyObject stream) {
        interp.sys.dict.put(PyStr.of(name), stream);
        interp.sys.dict.put(PyStr.of("__" + name + "__"), stream);
    }

    /** surrogateescape in UTF-8 mode (PYTHONUTF8=1) and under the C or POSIX locale (or one that coerces to C.UTF-8), else strict. */
    // CPython: Python/initconfig.c config_get_stdio_errors, Python/fileutils.c _Py_IsLocaleCoercionTarget
    static String defaultErrors() {
        if ("1".equals(System.getenv("PYTHONUTF8"))) return "surrogateescape";
        String loc = System.getenv("LC_ALL");
        if (loc == null || loc.isEmpty()) loc = System.getenv("LC_CTYPE");
        if (loc == null || loc.isEmpty()) loc = System.getenv("LANG");
        if (loc == null || loc.isEmpty() || loc.equals("C") || loc.equals("POSIX")) return "surrogateescape";
        if (loc.equals("C.UTF-8") || loc.equals("C.utf8") || loc.equals("UTF-8")) return "surrogateescape";
        return "strict";
    }

    // CPython: Python/pylifecycle.c create_stdio
    private static PyObject create(int fd, boolean write, String name, String encoding, String errors, boolean unbuffered) {
        FileIO raw = FileIO.std(fd, write, name);
        PyObject buffer = unbuffered && write ? raw : Abstract.call(write ? Buffered.WRITER : Buffered.READER, raw);
        boolean lineBuffering = !unbuffered && (fd == 2 || Abstract.isTrue(IoBase.call(raw, "isatty")));
        TextIOWrapper w = new TextIOWrapper(TextIOWrapper.TYPE);
        w.initStd(buffer, encoding, errors, lineBuffering, unbuffered, !write, write);
        w.dict().put(PyStr.intern("mode"), PyStr.of(write ? "w" : "r"));
        return w;
    }
}
