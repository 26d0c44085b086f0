package dev.pyjama.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjama.testing.CPython313;
import dev.pyjama.tools.StdlibAstParity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The front end's strongest check: every .py file of CPython 3.13's standard library parses
 * to the same AST as CPython's (compared by the SHA-256 of ast.dump with attributes), and the
 * files CPython rejects are rejected with the same error type, message and position.
 */
class StdlibAstParityTest {

    @Test
    void everyStdlibFileParsesAsInCPython() throws Exception {
        CPython313.require();
        Path root = Path.of(CPython313.run("import sysconfig; print(sysconfig.get_paths()['stdlib'])", null).trim());
        String script = Files.readString(Path.of("tools/parity/cpython_ast_hashes.py"), StandardCharsets.UTF_8);
        Map<String, String> expected = new HashMap<>();
        for (String line : CPython313.run(script, null, root.toString()).split("\n")) {
            if (!line.isEmpty()) expected.put(line.substring(0, line.indexOf('\t')), line);
        }
        List<String> files = StdlibAstParity.files(root);
        List<String> diffs = new ArrayList<>();
        int rejected = 0;
        for (String rel : files) {
            String theirs = expected.get(rel);
            String ours = StdlibAstParity.describe(root, rel);
            if (theirs != null && theirs.contains("\terror ")) rejected++;
            if (!ours.equals(theirs)) diffs.add("cpython: " + theirs + "\npyjama:  " + ours);
        }
        System.out.printf("stdlib AST parity: compared %d files (%d rejected by CPython), %d identical%n",
                files.size(), rejected, files.size() - diffs.size());
        assertEquals(expected.size(), files.size(), "CPython and pyjama walked different file sets");
        assertTrue(files.size() > 1500, "too few stdlib files found under " + root);
        assertTrue(diffs.isEmpty(), diffs.size() + " files differ:\n" + String.join("\n", diffs.subList(0, Math.min(20, diffs.size()))));
    }
}
