package dev.pyjama.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjama.PythonInterpreter;
import org.junit.jupiter.api.Test;

/**
 * A hot loop that switches instrumentation of its own code on and off on every pass hands its
 * frame between compiled code and the interpreter each time. That hand-over must not nest Java
 * calls (it did: a long enough loop ended in a RecursionError): the Java stack's depth, read by
 * a Java function the loop calls, is the same at pass 3,000 as at pass 12,000.
 */
class JitReentryTest {
    private static final String PROGRAM = String.join("\n",
            "import sys",
            "M = sys.monitoring",
            "M.use_tool_id(2, 'toggler')",
            "depths = []",
            "def toggle(n):",
            "    code = sys._getframe().f_code",
            "    total = 0",
            "    for i in range(n):",
            "        M.set_local_events(2, code, M.events.JUMP)",
            "        M.set_local_events(2, code, 0)",
            "        if i == 3000 or i == 12000: depths.append(java_depth())",
            "        total += i",
            "    return total",
            "def traced(n):",
            "    total = 0",
            "    for i in range(n):",
            "        sys.settrace(lambda *a: None)",
            "        sys.settrace(None)",
            "        if i == 3000 or i == 12000: depths.append(java_depth())",
            "        total += i",
            "    return total",
            "result = (toggle(15000), traced(15000))",
            "M.free_tool_id(2)",
            "");

    @Test
    void togglingInstrumentationInAHotLoopDoesNotGrowTheJavaStack() throws Exception {
        try (PythonInterpreter py = PythonInterpreter.create()) {
            py.set("java_depth", (dev.pyjama.JavaCallable) args -> StackWalker.getInstance().walk(s -> s.count()));
            py.exec(PROGRAM);
            assertEquals("(112492500, 112492500)", py.eval("repr(result)"));
            Object depths = py.eval("repr(depths)");
            Object[] d = py.eval("depths", java.util.List.class).toArray();
            assertEquals(4, d.length, String.valueOf(depths));
            assertEquals(d[0], d[1], "toggling monitoring: Java stack depth at pass 3000 and 12000: " + depths);
            assertEquals(d[2], d[3], "toggling settrace: Java stack depth at pass 3000 and 12000: " + depths);
        }
    }
}
