package dev.pyjama.interp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * InlineOps' methods and the QuickOps helpers they call on their fast paths stay within C2's
 * MaxInlineSize (35 bytes of bytecode), so C2 inlines them into Eval.loop however rarely the
 * call site ran when the loop was compiled (see InlineOps); so does GlobalCache's hit path.
 */
class InlineOpsSizeTest {
    static final int MAX_INLINE_SIZE = 35;

    @Test
    void fastPathsFitMaxInlineSize() throws IOException {
        Map<String, Integer> sizes = EvalMethodSizeTest.codeSizes(InlineOps.class);
        assertTrue(sizes.containsKey("binaryOp") && sizes.containsKey("setListItem"), "InlineOps methods not found: " + sizes);
        sizes.remove("<clinit>");
        Map<String, Integer> quick = EvalMethodSizeTest.codeSizes(QuickOps.class);
        sizes.put("QuickOps.compareLong", quick.get("compareLong"));
        sizes.put("QuickOps.less", quick.get("less"));
        Map<String, Integer> ints = EvalMethodSizeTest.codeSizes(dev.pyjama.objects.PyInt.class);
        sizes.put("PyInt.fitsLong", ints.get("fitsLong"));
        sizes.put("PyInt.longValue", ints.get("longValue"));
        sizes.put("PyInt.of(long)", EvalMethodSizeTest.codeSizes(dev.pyjama.objects.PyInt.class, true).get("of(J)Ldev/pyjama/objects/PyInt;"));
        Map<String, Integer> globals = EvalMethodSizeTest.codeSizes(GlobalCache.class);
        for (String m : new String[] {"load", "entry", "valid", "sameDicts", "sameStamps"}) sizes.put("GlobalCache." + m, globals.get(m));
        sizes.put("PyFloat.of", EvalMethodSizeTest.codeSizes(dev.pyjama.objects.PyFloat.class).get("of"));
        Map<String, Integer> iter = EvalMethodSizeTest.codeSizes(InlineIter.class);
        iter.remove("<clinit>");
        assertTrue(iter.containsKey("next") && iter.containsKey("spread"), "InlineIter methods not found: " + iter);
        iter.forEach((k, v) -> sizes.put("InlineIter." + k, v));
        // FOR_ITER_RANGE / FOR_ITER_LIST's next, called from InlineIter on the exact class
        for (Class<?> c : new Class<?>[] {Iterators.RangeIter.class, Iterators.ListIter.class}) {
            Map<String, Integer> m = EvalMethodSizeTest.codeSizes(c);
            for (String name : new String[] {"next", "take", "from", "at", "end"}) {
                if (m.containsKey(name)) sizes.put(c.getSimpleName() + "." + name, m.get(name));
            }
        }
        assertTrue(sizes.containsKey("RangeIter.take") && sizes.containsKey("ListIter.from"), "iterator methods not found: " + sizes);
        sizes.put("AdaptiveCounter.state", EvalMethodSizeTest.codeSizes(AdaptiveCounter.class).get("state"));
        StringBuilder over = new StringBuilder();
        for (Map.Entry<String, Integer> e : sizes.entrySet()) {
            System.out.println("InlineOps " + e.getKey() + ": " + e.getValue() + " bytes of bytecode");
            if (e.getValue() > MAX_INLINE_SIZE) over.append(' ').append(e.getKey()).append('=').append(e.getValue());
        }
        assertTrue(over.isEmpty(), "over C2's MaxInlineSize of " + MAX_INLINE_SIZE + " bytes:" + over);
    }
}
