package dev.pyjama.interp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The JIT's instrumented form calls {@link Instrumented#compiledSite} at each site that fires.
 * C2 inlines a hot static callee of up to FreqInlineSize (325 bytes of bytecode on x86-64 and
 * AArch64); over that, it stays one call, compiled once, instead of its body copied into every
 * site of every instrumented form (about twice the C2 time a form: docs/notes/s15-sites.md).
 * A refactoring that shrinks it under the limit would bring that cost back silently.
 */
class InstrumentedSiteSizeTest {
    static final int FREQ_INLINE_SIZE = 325;

    @Test
    void compiledSiteStaysOutOfLine() throws IOException {
        Integer size = EvalMethodSizeTest.codeSizes(Instrumented.class).get("compiledSite");
        assertTrue(size != null, "Instrumented.compiledSite not found");
        System.out.println("Instrumented.compiledSite: " + size + " bytes of bytecode");
        assertTrue(size > FREQ_INLINE_SIZE, "Instrumented.compiledSite has " + size
                + " bytes of bytecode: C2 would inline it into every instrumented site (keep it over "
                + FREQ_INLINE_SIZE + ")");
        Integer ifOn = EvalMethodSizeTest.codeSizes(JitSupport.class).get("siteIfOn");
        assertTrue(ifOn != null && ifOn <= 35, "JitSupport.siteIfOn must stay small enough for C1 and C2 to inline: " + ifOn);
    }
}
