package dev.pyjama.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pyjama command's {@link HeapGovernor}: a program that promotes far more garbage than the
 * governor's growth allowance gets full collections asked for by it (the serial collector alone
 * would grow the old generation instead), and none without the governor. Runs the command's
 * Main in a JVM of its own, with the serial collector and a small young generation (so that the
 * program's lists are promoted), and reads the JVM's GC log.
 */
class HeapGovernorTest {
    @TempDir
    Path dir;

    // ten lists of 20 MB, each live while the next is built: ~200 MB promoted, 20 MB live at most
    private static final String PROGRAM = "for i in range(10):\n    x = [bytes(1000) for _ in range(20000)]\nprint('done')\n";

    private String gcLog(boolean governor) throws Exception {
        Path log = dir.resolve("gc-" + governor + ".log");
        Path out = dir.resolve("out-" + governor + ".txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-Xmn8m", "-Xlog:gc:file=" + log,
                "-Dpyjama.heapGovernor=" + governor, "-cp", System.getProperty("java.class.path"),
                "dev.pyjama.cli.Main", "-S", "-c", PROGRAM));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile());
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("pyjama timed out");
        }
        assertEquals("done\n", Files.readString(out));
        assertEquals(0, p.exitValue());
        return Files.readString(log);
    }

    @Test
    void fullCollectionsBoundTheOldGeneration() throws Exception {
        assertTrue(gcLog(true).contains("Pause Full (System.gc())"), "the governor asked for no full collection");
    }

    @Test
    void offByProperty() throws Exception {
        assertFalse(gcLog(false).contains("Pause Full (System.gc())"), "a full collection without the governor");
    }
}
