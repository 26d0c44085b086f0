package dev.pyjama.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjama.testing.CPython313;
import dev.pyjama.tools.StdlibCompileParity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The compiler on CPython's whole standard library: every file CPython compiles must give the
 * same code objects (the dump of every field of every nested code object hashes the same),
 * and every file CPython refuses must be refused with a Python exception.
 */
class StdlibCompileParityTest {

    @Test
    void everyStdlibFileCompilesToCPythonsCodeObjects() throws Exception {
        CPython313.require();
        Path root = Path.of(CPython313.run("import sysconfig; print(sysconfig.get_paths()['stdlib'])", null).trim());
        StdlibCompileParity.Report r = StdlibCompileParity.run(root, Path.of("target/code-parity/stdlib"),
                Path.of("tools/parity/cpython_dump_code.py"));
        System.out.println(r.summary());
        assertTrue(r.files() > 1500, "too few stdlib files: " + r.files());
        assertEquals(java.util.List.of(), r.failures().subList(0, Math.min(20, r.failures().size())),
                r.failures().size() + " file(s) differ");
        assertEquals(r.files(), r.same());
        assertEquals(r.rejected(), r.rejectedToo());
    }
}
