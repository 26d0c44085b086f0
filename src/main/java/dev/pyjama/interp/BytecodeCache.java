package dev.pyjama.interp;

import dev.pyjama.code.Marshal;
import dev.pyjama.code.PyCode;
import dev.pyjama.code.Pyc;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * The {@code .pyc} cache of imported source modules, as importlib's SourceFileLoader keeps it:
 * {@code DIR/__pycache__/NAME.pyjama-313.pyc} (pyjama's cache tag, so CPython's own
 * {@code NAME.cpython-313.pyc} files are never touched), CPython's 16-byte header (3.13's
 * magic, flags, then source mtime and size, or the source hash of a hash-based pyc), the
 * marshalled code, written atomically and silently skipped where the directory is not writable
 * or {@code sys.dont_write_bytecode} is true.
 *
 * <p>One addition: after the marshalled code comes a trailer naming the pyjama build that wrote
 * the file. CPython's {@code marshal.loads} ignores trailing bytes, so the file stays a valid
 * CPython pyc; pyjama treats a pyc from another build (its compiler may have changed, and
 * every worktree shares the standard library's {@code __pycache__}) as stale and recompiles,
 * as CPython would for a pyc with another magic number.
 */
// CPython: Lib/importlib/_bootstrap_external.py SourceLoader.get_code, cache_from_source,
// SourceFileLoader._cache_bytecode, set_data, _write_atomic, _validate_timestamp_pyc, _validate_hash_pyc
public final class BytecodeCache {
    private BytecodeCache() {}

    /** {@code sys.implementation.cache_tag}. */
    public static final String CACHE_TAG = "pyjama-313";
    private static final byte[] TRAILER_MAGIC = "\0pyjama-build:".getBytes(StandardCharsets.US_ASCII);
    private static final int TRAILER_SIZE = TRAILER_MAGIC.length + 8;

    /** {@code importlib.util.cache_from_source(path)} (no optimisation suffix: imports compile at level 0). */
    // CPython: Lib/importlib/_bootstrap_external.py cache_from_source
    public static Path cachePath(Path source) {
        String file = source.getFileName().toString();
        int dot = file.lastIndexOf('.');
        String stem = dot <= 0 ? file : file.substring(0, dot);
        Path dir = source.getParent();
        Path cache = Path.of("__pycache__", stem + "." + CACHE_TAG + ".pyc");
        return dir == null ? cache : dir.resolve(cache);
    }

    /** Compiles source bytes into a module's code object (the importer's compiler). */
    @FunctionalInterface
    public interface SourceCompiler {
        PyCode compile(byte[] source);
    }

    /**
     * The code of the module whose source is {@code source}: from its valid pyc when there is
     * one, else compiled (and then cached unless {@code dontWrite}). {@code codeFilename} is the
     * co_filename the code must carry; a pyc whose code carries another is recompiled.
     */
    // CPython: Lib/importlib/_bootstrap_external.py SourceLoader.get_code
    public static PyCode code(String name, Path source, String codeFilename, boolean dontWrite, SourceCompiler compiler)
            throws IOException {
        return code(name, source, cachePath(source), codeFilename, dontWrite, compiler);
    }

    /**
     * Where the code of a module CPython runs frozen is kept, or null for its {@code __pycache__}:
     * {@code -Dpyjama.frozenCache=DIR} (the {@code pyjama} command gives its {@code target/frozen-pyc}).
     * CPython never reads those modules from {@code __pycache__} (they are in its binary), so
     * neither {@code PYTHONDONTWRITEBYTECODE} nor a read-only standard library makes it compile
     * them at each start; pyjama compiles them once per build into its own directory.
     */
    // CPython: Python/frozen.c (_sitebuiltins, os, io, codecs... come from the interpreter itself)
    static Path frozenCachePath(String name, Path source) {
        String dir = System.getProperty("pyjama.frozenCache");
        if (dir == null || dir.isEmpty()) return null;
        // the source's path in the name: two standard libraries (PYJAMA_STDLIB) keep a file each
        return Path.of(dir, name + "." + Integer.toHexString(source.toAbsolutePath().toString().hashCode()) + "." + CACHE_TAG + ".pyc");
    }

    /** As above, with the pyc at {@code pyc}. */
    static PyCode code(String name, Path source, Path pyc, String codeFilename, boolean dontWrite, SourceCompiler compiler)
            throws IOException {
        long mtime;
        long size;
        try {
            mtime = Files.getLastModifiedTime(source).to(TimeUnit.SECONDS);
            size = Files.size(source);
        } catch (IOException e) {
            return compiler.compile(Files.readAllBytes(source));
        }
        byte[] sourceBytes = null;
        boolean hashBased = false, checkSource = true;
        byte[] data = readOrNull(pyc);
        if (data != null) {
            try {
                Pyc.Header h = Pyc.header(data, name);
                hashBased = h.hashBased();
                boolean valid;
                if (hashBased) {
                    checkSource = (h.flags() & Pyc.FLAG_CHECK_SOURCE) != 0;
                    // --check-hash-based-pycs is 'default': unchecked pycs are trusted
                    if (checkSource) {
                        sourceBytes = Files.readAllBytes(source);
                        valid = Arrays.equals(h.sourceHash(), Pyc.sourceHash(sourceBytes));
                    } else {
                        valid = true;
                    }
                } else {
                    valid = h.mtime() == (mtime & 0xFFFFFFFFL) && h.sourceSize() == (size & 0xFFFFFFFFL);
                }
                if (valid && fromThisBuild(data)) {
                    PyObject code = Marshal.loads(data, Pyc.HEADER_SIZE, data.length - Pyc.HEADER_SIZE - TRAILER_SIZE, true);
                    if (!(code instanceof PyCode c)) {
                        throw new PyException("ImportError", "Non-code object in " + PyStr.repr(pyc.toString()));
                    }
                    if (c.filename.equals(codeFilename)) return c;
                }
            } catch (PyException e) {
                // a bad magic number or a short header means "recompile", as importlib's get_code does
                if (!e.value().type().isSubtype(dev.pyjama.objects.ExceptionTypes.IMPORT_ERROR)
                        && !e.value().type().isSubtype(dev.pyjama.objects.ExceptionTypes.EOF_ERROR)) throw e;
            }
        }
        if (sourceBytes == null) sourceBytes = Files.readAllBytes(source);
        PyCode code = compiler.compile(sourceBytes);
        if (!dontWrite) {
            byte[] out = hashBased ? Pyc.hashed(code, Pyc.sourceHash(sourceBytes), checkSource)
                    : Pyc.timestamped(code, mtime, sourceBytes.length);
            write(source, pyc, withTrailer(out));
        }
        return code;
    }

    private static byte[] readOrNull(Path pyc) {
        try {
            return Files.readAllBytes(pyc);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** Writes the pyc: {@code __pycache__} made if missing; any OS error skips caching silently. */
    // CPython: Lib/importlib/_bootstrap_external.py SourceFileLoader.set_data, _write_atomic
    static void write(Path source, Path pyc, byte[] data) {
        try {
            try {
                Files.createDirectory(pyc.getParent());
            } catch (FileAlreadyExistsException e) {
                // already there (or a file of that name, which the write below reports)
            }
            // a temporary name of its own, then a rename: readers see the old file or the whole new one
            Path tmp = pyc.resolveSibling(pyc.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + Thread.currentThread().getId());
            try {
                try (OutputStream o = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    o.write(data);
                }
                try {
                    Files.move(tmp, pyc, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, pyc, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // CPython: set_data returns quietly on PermissionError and other OSErrors
        }
    }

    static byte[] withTrailer(byte[] pyc) {
        byte[] out = Arrays.copyOf(pyc, pyc.length + TRAILER_SIZE);
        System.arraycopy(TRAILER_MAGIC, 0, out, pyc.length, TRAILER_MAGIC.length);
        long id = buildId();
        for (int i = 0; i < 8; i++) out[pyc.length + TRAILER_MAGIC.length + i] = (byte) (id >>> (8 * i));
        return out;
    }

    private static boolean fromThisBuild(byte[] data) {
        if (data.length < Pyc.HEADER_SIZE + TRAILER_SIZE) return false;
        int at = data.length - TRAILER_SIZE;
        if (!Arrays.equals(data, at, at + TRAILER_MAGIC.length, TRAILER_MAGIC, 0, TRAILER_MAGIC.length)) return false;
        long id = 0;
        for (int i = 7; i >= 0; i--) id = (id << 8) | (data[at + TRAILER_MAGIC.length + i] & 0xff);
        return id == buildId();
    }

    private static volatile Long buildId;

    /**
     * Names the build of pyjama running now: the jar's size and modification time, or under
     * {@code target/classes} (tests) the compiler class's modification time.
     */
    static long buildId() {
        Long id = buildId;
        if (id == null) {
            long v = 0;
            try {
                Path where = Path.of(BytecodeCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isDirectory(where)) where = where.resolve("dev/pyjama/compiler/Codegen.class");
                v = Files.getLastModifiedTime(where).toMillis() * 1_000_003L + Files.size(where);
            } catch (IOException | URISyntaxException | RuntimeException e) {
                v = System.nanoTime(); // unknown build: never trust a cache from another run
            }
            buildId = id = v;
        }
        return id;
    }
}
