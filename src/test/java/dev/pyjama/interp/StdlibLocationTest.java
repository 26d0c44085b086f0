package dev.pyjama.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pyjama.cli.Main;
import dev.pyjama.testing.CPython313;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The order in which {@link StdlibLocation} looks for CPython 3.13's standard library, on fake
 * installations in a temporary directory (never the real environment), and the real search.
 */
class StdlibLocationTest {
    @TempDir
    Path tmp;

    private final Map<String, String> env = new HashMap<>();

    private Path find(Path home) {
        return StdlibLocation.find(env::get, home == null ? null : home.toString());
    }

    /** A directory that looks like a stdlib (it holds os.py). */
    private static Path stdlib(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("os.py"), "");
        return dir;
    }

    /** PREFIX/bin/python3.13 (an executable file) with PREFIX/lib/python3.13 as its stdlib. */
    private static Path installation(Path prefix) throws IOException {
        stdlib(prefix.resolve("lib/python3.13"));
        Path exe = prefix.resolve("bin/python3.13");
        Files.createDirectories(exe.getParent());
        Files.writeString(exe, "");
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        return exe;
    }

    @Test
    void theVariableComesFirst() throws IOException {
        Path mine = stdlib(tmp.resolve("mine"));
        stdlib(tmp.resolve("pyenv/versions/3.13.0/lib/python3.13"));
        env.put("PYENV_ROOT", tmp.resolve("pyenv").toString());
        env.put("PYJAMA_STDLIB", mine.toString());
        assertEquals(mine, find(null));
    }

    @Test
    void aVariableNamingNoStdlibIsPassedOver() throws IOException {
        Files.createDirectories(tmp.resolve("empty"));
        Path pyenv = stdlib(tmp.resolve("pyenv/versions/3.13.0/lib/python3.13"));
        env.put("PYJAMA_STDLIB", tmp.resolve("empty").toString());
        env.put("PYENV_ROOT", tmp.resolve("pyenv").toString());
        assertEquals(pyenv, find(null));
    }

    @Test
    void pyenvPrefers3130ThenTheNewestPatchRelease() throws IOException {
        Path root = tmp.resolve("pyenv");
        env.put("PYENV_ROOT", root.toString());
        stdlib(root.resolve("versions/3.12.1/lib/python3.13"));      // not a 3.13
        stdlib(root.resolve("versions/3.13.2/lib/python3.13"));
        stdlib(root.resolve("versions/3.13.10/lib/python3.13"));
        stdlib(root.resolve("versions/3.13.1t/lib/python3.13"));     // not a plain patch release
        Files.createDirectories(root.resolve("versions/3.13.11/lib/python3.13")); // no os.py
        assertEquals(root.resolve("versions/3.13.10/lib/python3.13"), find(null));
        Path exact = stdlib(root.resolve("versions/3.13.0/lib/python3.13"));
        assertEquals(exact, find(null));
    }

    @Test
    void pyenvRootDefaultsToDotPyenvInTheHomeDirectory() throws IOException {
        Path home = tmp.resolve("home");
        Path lib = stdlib(home.resolve(".pyenv/versions/3.13.0/lib/python3.13"));
        assertEquals(lib, find(home));
        env.put("PYENV_ROOT", tmp.resolve("elsewhere").toString()); // set: the home's is not looked at
        assertNull(find(home));
    }

    @Test
    void pathExecutablesAreResolvedToTheirPrefix() throws IOException {
        Path exe = installation(tmp.resolve("usr"));
        Path links = Files.createDirectories(tmp.resolve("links"));
        Files.createSymbolicLink(links.resolve("python3.13"), exe);
        // A pyenv-style shim: a script whose own prefix has no stdlib.
        Path shims = Files.createDirectories(tmp.resolve("shims"));
        Files.writeString(shims.resolve("python3.13"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(shims.resolve("python3.13"), PosixFilePermissions.fromString("rwxr-xr-x"));
        env.put("PYENV_ROOT", tmp.resolve("no-pyenv").toString());
        env.put("PATH", shims + ":" + tmp.resolve("missing") + ":" + links);
        assertEquals(tmp.resolve("usr/lib/python3.13").toRealPath(), find(null));
    }

    @Test
    void pyenvComesBeforePath() throws IOException {
        Path exe = installation(tmp.resolve("usr"));
        Path lib = stdlib(tmp.resolve("pyenv/versions/3.13.0/lib/python3.13"));
        env.put("PYENV_ROOT", tmp.resolve("pyenv").toString());
        env.put("PATH", exe.getParent().toString());
        assertEquals(lib, find(null));
    }

    @Test
    void nothingFoundIsNull() {
        env.put("PYENV_ROOT", tmp.resolve("no-pyenv").toString());
        env.put("PATH", tmp.toString());
        assertNull(find(tmp));
    }

    @Test
    void theRealSearchFindsTheStdlibWhenCPython313IsThere() {
        CPython313.require();
        Path found = StdlibLocation.get();
        assertNotNull(found, "CPython 3.13 is installed, but no standard library was found");
        assertEquals(true, Files.isRegularFile(found.resolve("keyword.py")));
    }

    @Test
    void sysPathIsTheScriptDirectoryThenTheStdlib() {
        CPython313.require();
        String stdlib = StdlibLocation.get().toString();
        assertEquals("['', '" + stdlib + "']\n", run("-c", "import sys; print(sys.path)"));
        assertEquals("['" + stdlib + "']\n", run("-P", "-c", "import sys; print(sys.path)"));
    }

    @Test
    void withoutTheStdlibJavaModulesStillWorkAndAMissingModuleIsNamed() {
        // As when no stdlib was found: sys.path holds only the script's directory.
        String program = """
                import sys
                sys.path[:] = ['']
                print(sys.modules['sys'] is sys)
                try:
                    import keyword
                except ModuleNotFoundError as e:
                    print(type(e).__name__, e, e.name)
                """;
        assertEquals("True\nModuleNotFoundError No module named 'keyword' keyword\n", run("-c", program));
    }

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(args, tmp, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, status);
        return out.toString(StandardCharsets.UTF_8);
    }
}
