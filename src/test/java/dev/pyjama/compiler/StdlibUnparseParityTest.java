package dev.pyjama.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjama.testing.CPython313;
import dev.pyjama.tools.CPython;
import dev.pyjama.tools.StdlibAstParity;
import dev.pyjama.tools.StdlibUnparseParity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The annotation unparser (what {@code from __future__ import annotations} stores) on every
 * annotation of CPython's standard library, against the strings CPython's compiler makes.
 * The slower sweep over every expression is {@code tools/parity/stdlib-unparse --all-expressions}.
 */
class StdlibUnparseParityTest {

    @Test
    void everyStdlibAnnotationUnparsesAsInCPython() throws Exception {
        CPython313.require();
        Path root = Path.of(CPython.find().stdlib());
        Map<String, String> theirs = StdlibUnparseParity.cpython(CPython.command(), root, List.of(), false);
        List<String> ours = new ArrayList<>();
        for (String rel : StdlibAstParity.files(root)) {
            ours.addAll(StdlibUnparseParity.lines(root, rel, false));
        }
        StdlibUnparseParity.Result r = StdlibUnparseParity.compare(ours, theirs);
        System.out.println("stdlib unparse parity (annotations): " + r.identical() + "/" + r.compared());
        assertTrue(r.compared() > 2000, "too few annotations: " + r.compared());
        assertEquals(List.of(), r.diffs().subList(0, Math.min(10, r.diffs().size())), r.diffs().size() + " differ");
    }
}
