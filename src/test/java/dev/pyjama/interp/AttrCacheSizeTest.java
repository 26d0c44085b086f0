package dev.pyjama.interp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hit paths of LOAD_ATTR and STORE_ATTR on instances (AttrCache and the PyDict hint reads
 * they call) stay within C2's MaxInlineSize, so C2 inlines them into Eval.loop however rarely the
 * site ran when the loop was compiled (see InlineOps); the general paths are calls.
 */
class AttrCacheSizeTest {
    @Test
    void hitPathsFitMaxInlineSize() throws IOException {
        Map<String, Integer> attr = EvalMethodSizeTest.codeSizes(AttrCache.class);
        Map<String, Integer> dict = EvalMethodSizeTest.codeSizes(dev.pyjama.objects.PyDict.class);
        StringBuilder over = new StringBuilder();
        String[] hit = {"loadAttr", "loadValue", "loadMethod", "at", "loaded", "pushedMethod", "value", "valueOf", "valid",
            "found", "slotValue", "storedSlot", "own", "classValue", "method", "methodOf", "builtinMethod", "notOwn", "storeAttr", "stored", "storedOn", "storedInto", "storedIn"};
        for (String m : hit) check("AttrCache." + m, attr.get(m), over);
        for (String m : new String[] {"atHint", "storeAtHint", "hasAt", "replaced"}) check("PyDict." + m, dict.get(m), over);
        assertTrue(over.isEmpty(), "over C2's MaxInlineSize of " + InlineOpsSizeTest.MAX_INLINE_SIZE + " bytes:" + over);
    }

    private static void check(String name, Integer size, StringBuilder over) {
        assertTrue(size != null, name + " not found");
        System.out.println("AttrCache " + name + ": " + size + " bytes of bytecode");
        if (size > InlineOpsSizeTest.MAX_INLINE_SIZE) over.append(' ').append(name).append('=').append(size);
    }
}
