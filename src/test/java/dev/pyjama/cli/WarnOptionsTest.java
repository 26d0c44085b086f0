package dev.pyjama.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjama.testing.CPython313;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sys.warnoptions from -W, -X dev, -b/-bb, PYTHONWARNINGS and PYTHONDEVMODE (not under -E), and
 * {@code warnings} imported at start-up to apply them, against CPython 3.13 run the same way.
 */
class WarnOptionsTest {
    @TempDir Path dir;

    static final String PROGRAM = "import sys\n"
            + "print(sys.warnoptions, 'warnings' in sys.modules)\n"
            + "import warnings\n"
            + "print(warnings.filters[:4])\n"
            + "for category in (UserWarning, DeprecationWarning, BytesWarning):\n"
            + "    try:\n"
            + "        warnings.warn('w', category)\n"
            + "        print('no error', category.__name__)\n"
            + "    except Warning as e:\n"
            + "        print('raised', type(e).__name__)\n";

    @Test
    void sameAsCPython() throws Exception {
        CPython313.require();
        Path prog = dir.toRealPath().resolve("prog.py");
        Files.writeString(prog, PROGRAM);
        String exe = dev.pyjama.tools.CPython.find().executable();
        String classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString()
                + java.io.File.pathSeparator + System.getProperty("java.class.path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, String> none = Map.of(), pw = Map.of("PYTHONWARNINGS", "once::UserWarning,ignore::DeprecationWarning"),
                devEnv = Map.of("PYTHONDEVMODE", "1");
        Object[][] cases = {
            {List.of(), none}, {List.of("-W", "error"), none}, {List.of("-W", "error"), pw},
            {List.of("-X", "dev", "-W", "error::DeprecationWarning"), pw}, {List.of(), devEnv},
            {List.of("-E", "-W", "always"), pw}, {List.of("-b", "-W", "ignore::UserWarning"), none}, {List.of("-bb"), none}};
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            List<String> opts = (List<String>) c[0];
            @SuppressWarnings("unchecked")
            Map<String, String> e = (Map<String, String>) c[1];
            List<String> cp = new ArrayList<>(List.of(exe));
            cp.addAll(opts);
            cp.add(prog.toString());
            List<String> pj = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classes,
                    "dev.pyjama.cli.Main"));
            pj.addAll(opts);
            pj.add(prog.toString());
            assertEquals(run(cp, e), run(pj, e), opts + " " + e);
        }
    }

    private String run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("PYTHON"));
        pb.environment().putAll(env);
        Path out = dir.resolve("out.txt"), err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " timed out");
        }
        return "exit " + p.exitValue() + "\nstdout:\n" + Files.readString(out, StandardCharsets.UTF_8) + "stderr:\n"
                + Files.readString(err, StandardCharsets.UTF_8);
    }
}
