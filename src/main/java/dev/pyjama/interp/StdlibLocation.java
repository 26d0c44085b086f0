package dev.pyjama.interp;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Where CPython 3.13's standard library lives on this machine: the one place pyjama decides
 * it. pyjama ships no copy of the stdlib; it runs the pure-Python modules of the local CPython
 * 3.13 unmodified, from {@code sys.path} (after the script's directory, where CPython puts its
 * {@code PREFIX/lib/python3.13}; the zip CPython lists before it never exists and
 * {@code lib-dynload} holds C extensions pyjama cannot load, so both are left out).
 *
 * <p>The search, first match wins; a candidate counts only when it is a directory holding
 * {@code os.py}:
 * <ol>
 *   <li>{@code $PYJAMA_STDLIB}, the stdlib directory itself;
 *   <li>pyenv: {@code $PYENV_ROOT} (else {@code ~/.pyenv}), {@code versions/3.13.0/lib/python3.13},
 *       then another {@code versions/3.13.N/lib/python3.13} (the highest N);
 *   <li>each {@code python3.13} on {@code PATH}, symlinks resolved to {@code PREFIX/bin/python3.13},
 *       giving {@code PREFIX/lib/python3.13} (a pyenv shim is a script: its "prefix" has no
 *       stdlib, so it is skipped).
 * </ol>
 * No process is started: start-up must stay fast. The search of the real environment runs
 * once per JVM ({@link #get()}); {@link #find(Function, String)} takes the environment as
 * arguments, for tests.
 */
// CPython: Modules/getpath.py (the prefix search and the stdlib directory it puts on sys.path)
public final class StdlibLocation {
    private StdlibLocation() {}

    /** The marker CPython's getpath.py looks for too ({@code STDLIB_LANDMARKS}). */
    private static final String LANDMARK = "os.py";
    private static final String LIB = "lib/python3.13";

    private static volatile boolean searched;
    private static volatile Path found;

    /** The stdlib directory of the real environment, or null when there is none (searched once). */
    public static Path get() {
        if (!searched) {
            synchronized (StdlibLocation.class) {
                if (!searched) {
                    found = find(System::getenv, System.getProperty("user.home"));
                    searched = true;
                }
            }
        }
        return found;
    }

    /**
     * Searches with {@code env} as the environment (a variable's value, or null when unset) and
     * {@code home} as the user's home directory (may be null).
     */
    public static Path find(Function<String, String> env, String home) {
        Path p = fromVariable(env.apply("PYJAMA_STDLIB"));
        if (p == null) p = fromPyenv(env.apply("PYENV_ROOT"), home);
        if (p == null) p = fromPath(env.apply("PATH"));
        return p;
    }

    private static Path fromVariable(String value) {
        if (value == null || value.isEmpty()) return null;
        Path dir = Path.of(value).toAbsolutePath();
        return isStdlib(dir) ? dir : null;
    }

    private static Path fromPyenv(String root, String home) {
        Path pyenv;
        if (root != null && !root.isEmpty()) pyenv = Path.of(root);
        else if (home != null && !home.isEmpty()) pyenv = Path.of(home, ".pyenv");
        else return null;
        Path versions = pyenv.toAbsolutePath().resolve("versions");
        Path exact = versions.resolve("3.13.0").resolve(LIB);
        if (isStdlib(exact)) return exact;
        List<Path> others = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(versions, "3.13.*")) {
            for (Path v : ds) {
                if (isStdlib(v.resolve(LIB))) others.add(v);
            }
        } catch (IOException | SecurityException e) {
            return null; // no versions directory: pyenv is not installed
        }
        // The newest patch release; a name that is not 3.13.N (3.13.1t, 3.13-dev...) sorts last.
        others.sort(Comparator.comparingInt((Path v) -> patchNumber(v.getFileName().toString())).reversed()
                .thenComparing(v -> v.getFileName().toString()));
        return others.isEmpty() ? null : others.get(0).resolve(LIB);
    }

    private static int patchNumber(String version) {
        String patch = version.substring("3.13.".length());
        return patch.matches("[0-9]{1,6}") ? Integer.parseInt(patch) : -1;
    }

    private static Path fromPath(String path) {
        if (path == null) return null;
        for (String entry : path.split(java.io.File.pathSeparator, -1)) {
            // CPython: an empty PATH entry is the working directory.
            Path exe = Path.of(entry.isEmpty() ? "." : entry, "python3.13");
            if (!Files.isExecutable(exe)) continue;
            Path real;
            try {
                real = exe.toRealPath();
            } catch (IOException | SecurityException e) {
                continue;
            }
            Path bin = real.getParent(), prefix = bin == null ? null : bin.getParent();
            if (prefix == null) continue;
            Path lib = prefix.resolve(LIB);
            if (isStdlib(lib)) return lib;
        }
        return null;
    }

    private static boolean isStdlib(Path dir) {
        try {
            return Files.isRegularFile(dir.resolve(LANDMARK));
        } catch (SecurityException e) {
            return false;
        }
    }
}
