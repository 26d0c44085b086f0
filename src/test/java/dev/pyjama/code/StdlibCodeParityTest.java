package dev.pyjama.code;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjama.testing.CPython313;
import dev.pyjama.tools.StdlibCodeParity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The code layer on CPython's whole standard library: every file CPython compiles is read
 * back with pyjama's marshal and must give the same dump and the same {@code dis} output,
 * and pyjama's marshal data of it must load in CPython to the same code.
 */
class StdlibCodeParityTest {

    @Test
    void everyStdlibCodeObjectReadsDumpsDisassemblesAndWritesAsInCPython() throws Exception {
        CPython313.require();
        Path root = Path.of(CPython313.run("import sysconfig; print(sysconfig.get_paths()['stdlib'])", null).trim());
        StdlibCodeParity.Report r = StdlibCodeParity.run(root, Path.of("target/code-parity/stdlib"),
                Path.of("tools/parity/cpython_dump_code.py"));
        System.out.println(r.summary());
        assertTrue(r.files() > 1500, "too few stdlib files: " + r.files());
        assertTrue(r.dumpDiffs().isEmpty(), "dumps differ: " + head(r.dumpDiffs()));
        assertTrue(r.disDiffs().isEmpty(), "dis differs: " + head(r.disDiffs()));
        assertTrue(r.reloadDiffs().isEmpty(), "marshal round trip differs: " + head(r.reloadDiffs()));
        assertTrue(r.allSame());
    }

    private static String head(java.util.List<String> l) {
        return l.size() + " files, first: " + l.subList(0, Math.min(10, l.size()));
    }
}
