package dev.pyjama.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Finds the reference CPython 3.13 for the project's tools: pyenv's 3.13.0, else python3.13 on PATH. */
public final class CPython {
    private CPython() {}

    private static List<String> command;

    /** The command that runs CPython 3.13, or an empty list when there is none. */
    public static synchronized List<String> command() {
        if (command == null) {
            command = find();
        }
        return command;
    }

    private static List<String> find() {
        List<List<String>> candidates = List.of(
            List.of("env", "PYENV_VERSION=3.13.0", "python3.13"),
            List.of("python3.13"));
        for (List<String> c : candidates) {
            try {
                List<String> cmd = new ArrayList<>(c);
                cmd.addAll(List.of("-c", "import sys; print(sys.version_info[:2] == (3, 13))"));
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && out.equals("True")) {
                    return c;
                }
            } catch (IOException | InterruptedException e) {
                // try the next
            }
        }
        return List.of();
    }
}
