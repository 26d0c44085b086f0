package dev.pyjama.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Finds the reference CPython 3.13, the one place the project does so (tools and tests):
 * {@code $PYJAMA_CPYTHON} when set, else pyenv's 3.13.0 ({@code PYENV_VERSION=3.13.0 python3.13}),
 * else {@code python3.13} on PATH. A candidate counts only when its version is 3.13.x; it is
 * then run by its absolute path ({@code sys.executable}).
 */
public final class CPython {
    private CPython() {}

    /** A CPython 3.13 found on this machine. */
    public record Found(String executable, String version, String stdlib) {}

    private static boolean searched;
    private static Found found;
    private static String missingReason = "";

    private static final String PROBE =
            "import sys, sysconfig\n"
            + "v = sys.version_info\n"
            + "print(sys.executable)\n"
            + "print('%d.%d.%d' % v[:3] + ('' if v.releaselevel == 'final' else v.releaselevel))\n"
            + "print(sysconfig.get_paths()['stdlib'])\n";

    /** CPython 3.13, or null (see {@link #whyMissing()}). */
    public static synchronized Found find() {
        if (!searched) {
            searched = true;
            found = search();
        }
        return found;
    }

    /** Why {@link #find()} found nothing, in one line. */
    public static synchronized String whyMissing() {
        find();
        return missingReason;
    }

    /** The command that runs CPython 3.13, or an empty list when there is none. */
    public static List<String> command() {
        Found f = find();
        return f == null ? List.of() : List.of(f.executable());
    }

    private static Found search() {
        List<String> tried = new ArrayList<>();
        String explicit = System.getenv("PYJAMA_CPYTHON");
        if (explicit != null && !explicit.isBlank()) {
            Found f = probe(explicit, null, tried);
            if (f == null) {
                missingReason = "PYJAMA_CPYTHON=" + explicit + " is not a working CPython 3.13 (" + tried + ")";
            }
            return f;
        }
        Found f = probe("python3.13", "3.13.0", tried);
        if (f == null) {
            f = probe("python3.13", null, tried);
        }
        if (f == null) {
            missingReason = "no CPython 3.13 found (tried " + String.join("; ", tried) + ")";
        }
        return f;
    }

    private static Found probe(String command, String pyenvVersion, List<String> tried) {
        String label = (pyenvVersion == null ? "" : "PYENV_VERSION=" + pyenvVersion + " ") + command;
        try {
            ProcessBuilder pb = new ProcessBuilder(command, "-c", PROBE).redirectErrorStream(true);
            Map<String, String> env = pb.environment();
            env.keySet().removeIf(k -> k.startsWith("PYTHON") || k.equals("PYENV_VERSION"));
            if (pyenvVersion != null) {
                env.put("PYENV_VERSION", pyenvVersion);
            }
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                tried.add(label + ": timed out");
                return null;
            }
            String[] lines = out.split("\n");
            if (p.exitValue() != 0 || lines.length < 3) {
                tried.add(label + ": exit " + p.exitValue());
                return null;
            }
            if (!lines[1].startsWith("3.13.")) {
                tried.add(label + ": version " + lines[1]);
                return null;
            }
            return new Found(lines[0].trim(), lines[1].trim(), lines[2].trim());
        } catch (IOException e) {
            tried.add(label + ": " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tried.add(label + ": interrupted");
            return null;
        }
    }
}
