package dev.pyjama.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjama.code.PyCode;
import dev.pyjama.code.Pyc;
import dev.pyjama.testing.CPython313;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code .pyc} cache of {@link BytecodeCache}: written on the first import and read on the
 * next, invalidated by a change of the source (mtime, size or hash), skipped quietly where
 * {@code __pycache__} cannot be made, never written under dont_write_bytecode; and the files
 * are CPython's: CPython 3.13 loads ours and pyjama loads CPython's, with the same bytecode.
 */
class BytecodeCacheTest {
    @TempDir
    Path tmp;

    private static final String SOURCE = String.join("\n",
            "import sys",
            "def f(a, *, b=2):",
            "    try:",
            "        return [x * b for x in range(a)]",
            "    except ValueError as e:",
            "        raise RuntimeError('no') from e",
            "class C:",
            "    y: int = 3",
            "    def g(self): return f'{self.y!r:>4}'",
            "");

    private final Interpreter interp = new Interpreter(new PrintStream(OutputStream.nullOutputStream()),
            new PrintStream(OutputStream.nullOutputStream()), Path.of("."), List.of(""), List.of("."));
    private int compiles;

    private PyCode load(Path source, boolean dontWrite) throws IOException {
        return BytecodeCache.code("m", source, source.toString(), dontWrite, bytes -> {
            compiles++;
            return Importer.compile(bytes, source.toString(), interp);
        });
    }

    private Path module(String text) throws IOException {
        Path p = tmp.resolve("m.py");
        Files.writeString(p, text);
        Files.setLastModifiedTime(p, FileTime.fromMillis(1_700_000_000_000L));
        return p;
    }

    @Test
    void cachePathUsesPyjamasTag() {
        assertEquals(Path.of("/a/b/__pycache__/m.pyjama-313.pyc"), BytecodeCache.cachePath(Path.of("/a/b/m.py")));
        assertEquals(Path.of("/a/__pycache__/__init__.pyjama-313.pyc"), BytecodeCache.cachePath(Path.of("/a/__init__.py")));
    }

    @Test
    void writesThenReads() throws IOException {
        Path src = module(SOURCE);
        PyCode first = load(src, false);
        Path pyc = BytecodeCache.cachePath(src);
        assertTrue(Files.isRegularFile(pyc));
        byte[] data = Files.readAllBytes(pyc);
        Pyc.Header h = Pyc.header(data, "m");
        assertFalse(h.hashBased());
        assertEquals(1_700_000_000L, h.mtime());
        assertEquals(SOURCE.length(), h.sourceSize());
        PyCode second = load(src, false);
        assertEquals(1, compiles, "the second import reads the pyc");
        assertArrayEquals(first.code, second.code);
        assertArrayEquals(first.linetable, second.linetable);
        assertEquals(first.consts.length, second.consts.length);
    }

    @Test
    void sourceChangesInvalidate() throws IOException {
        Path src = module(SOURCE);
        load(src, false);
        Files.writeString(src, SOURCE + "z = 1\n"); // another size
        Files.setLastModifiedTime(src, FileTime.fromMillis(1_700_000_000_000L));
        assertTrue(load(src, false).names.length > 0);
        assertEquals(2, compiles);
        Files.setLastModifiedTime(src, FileTime.fromMillis(1_700_000_005_000L)); // same size, another mtime
        load(src, false);
        assertEquals(3, compiles);
        load(src, false);
        assertEquals(3, compiles, "the rewritten pyc is valid again");
    }

    @Test
    void badMagicOrShortFileRecompiles() throws IOException {
        Path src = module(SOURCE);
        Path pyc = BytecodeCache.cachePath(src);
        Files.createDirectories(pyc.getParent());
        Files.write(pyc, new byte[] {1, 2, 3, 4, 5});
        load(src, false);
        assertEquals(1, compiles);
        assertEquals(Pyc.MAGIC_NUMBER, (Files.readAllBytes(pyc)[0] & 0xff) | (Files.readAllBytes(pyc)[1] & 0xff) << 8);
        load(src, false);
        assertEquals(1, compiles);
    }

    @Test
    void hashBasedPycsAreCheckedAgainstTheSource() throws IOException {
        Path src = module(SOURCE);
        PyCode code = Importer.compile(SOURCE.getBytes(StandardCharsets.UTF_8), src.toString(), interp);
        Path pyc = BytecodeCache.cachePath(src);
        Files.createDirectories(pyc.getParent());
        byte[] hash = Pyc.sourceHash(SOURCE.getBytes(StandardCharsets.UTF_8));
        Files.write(pyc, BytecodeCache.withTrailer(Pyc.hashed(code, hash, true)));
        load(src, false);
        assertEquals(0, compiles, "a checked hash-based pyc matching the source is used");
        Files.writeString(src, SOURCE.replace("no", "ON")); // same size and mtime, other hash
        Files.setLastModifiedTime(src, FileTime.fromMillis(1_700_000_000_000L));
        load(src, false);
        assertEquals(1, compiles);
        assertTrue(Pyc.header(Files.readAllBytes(pyc), "m").hashBased(), "rewritten as a hash-based pyc, as importlib does");
        // unchecked: trusted whatever the source says
        Files.write(pyc, BytecodeCache.withTrailer(Pyc.hashed(code, hash, false)));
        load(src, false);
        assertEquals(1, compiles);
    }

    @Test
    void unwritableCacheDirectoryIsSkippedQuietly() throws IOException {
        Path src = module(SOURCE);
        Files.writeString(tmp.resolve("__pycache__"), "a file where the directory should be");
        load(src, false);
        load(src, false);
        assertEquals(2, compiles);
        assertTrue(Files.isRegularFile(tmp.resolve("__pycache__")));
        try (var files = Files.list(tmp)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void dontWriteBytecodeWritesNothing() throws IOException {
        Path src = module(SOURCE);
        load(src, true);
        assertFalse(Files.exists(tmp.resolve("__pycache__")));
        assertTrue(interp.dontWriteBytecode(), "in-process interpreters write no caches unless the launcher says so");
    }

    /**
     * A module CPython runs frozen (here _sitebuiltins, which every start imports) is cached in
     * -Dpyjama.frozenCache's directory even under dont_write_bytecode, and read from there next
     * time without compiling; without the property the importer uses __pycache__ as before.
     */
    @Test
    void frozenModulesAreCachedInTheFrozenCacheEvenUnderDontWriteBytecode() throws IOException {
        CPython313.require();
        Path stdlib = StdlibLocation.get();
        Path file = stdlib.resolve("_sitebuiltins.py");
        assertTrue(Importer.isFrozen("_sitebuiltins", file));
        Path dir = tmp.resolve("frozen-pyc");
        String old = System.getProperty("pyjama.frozenCache");
        System.setProperty("pyjama.frozenCache", dir.toString());
        try {
            assertTrue(interp.dontWriteBytecode());
            PyCode first = Importer.code("_sitebuiltins", file, interp);
            Path pyc = BytecodeCache.frozenCachePath("_sitebuiltins", file);
            assertEquals(dir, pyc.getParent());
            assertTrue(Files.isRegularFile(pyc), "written although dont_write_bytecode is set");
            PyCode again = BytecodeCache.code("_sitebuiltins", file, pyc, "<frozen _sitebuiltins>", true, bytes -> {
                throw new AssertionError("recompiled: the frozen cache was not used");
            });
            assertEquals("<frozen _sitebuiltins>", again.filename);
            assertArrayEquals(first.code, again.code);
            // a module CPython does not freeze stays with __pycache__ (not written here)
            assertEquals(null, Importer.isFrozen("json", stdlib.resolve("json/__init__.py")) ? "frozen" : null);
        } finally {
            if (old == null) System.clearProperty("pyjama.frozenCache");
            else System.setProperty("pyjama.frozenCache", old);
        }
        assertEquals(null, BytecodeCache.frozenCachePath("_sitebuiltins", file), "no property, no frozen cache");
    }

    @Test
    void cpythonLoadsOursAndWeLoadCPythons() throws IOException {
        CPython313.require();
        Path src = module(SOURCE);
        load(src, false);
        Path ours = BytecodeCache.cachePath(src);
        Path theirs = tmp.resolve("theirs.pyc");
        // CPython: marshal.loads our file's body; every code object equals what its compiler makes
        String script = String.join("\n",
                "import marshal, sys, dis, io, py_compile, importlib.util, re",
                "src, ours, theirs = sys.argv[1:4]",
                "data = open(ours, 'rb').read()",
                "assert data[:4] == importlib.util.MAGIC_NUMBER",
                "mine = marshal.loads(data[16:])",
                "ref = compile(open(src, 'rb').read(), src, 'exec')",
                "def listing(c):",
                "    out = io.StringIO(); dis.dis(c, file=out, show_caches=True)",
                "    return re.sub(' at 0x[0-9a-f]+', '', out.getvalue())",
                "def fields(c):",
                "    return (c.co_code, c.co_names, c.co_varnames, c.co_linetable, c.co_exceptiontable, c.co_flags,",
                "            c.co_stacksize, c.co_qualname, [fields(k) if hasattr(k, 'co_code') else k for k in c.co_consts])",
                "print(fields(mine) == fields(ref), listing(mine) == listing(ref))",
                "py_compile.compile(src, cfile=theirs, doraise=True)",
                "");
        String out = CPython313.run(script, "", src.toString(), ours.toString(), theirs.toString());
        assertEquals("True True\n", out);
        PyCode cpython = Pyc.load(Files.readAllBytes(theirs), "m");
        PyCode pyjama = load(src, false);
        assertArrayEquals(pyjama.code, cpython.code);
        assertArrayEquals(pyjama.linetable, cpython.linetable);
        assertArrayEquals(pyjama.exceptiontable, cpython.exceptiontable);
    }
}
