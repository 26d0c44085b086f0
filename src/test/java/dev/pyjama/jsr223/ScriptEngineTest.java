package dev.pyjama.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjama.PythonException;
import java.io.StringWriter;
import java.util.List;
import javax.script.Bindings;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.Test;

/** The JSR-223 engine: found by name through META-INF/services, bindings as globals, output, errors, Invocable. */
class ScriptEngineTest {
    public interface Greeter {
        String greet(String name);
    }

    @Test
    void foundByNameExtensionAndMimeType() throws Exception {
        ScriptEngineManager manager = new ScriptEngineManager();
        for (String name : List.of("python", "pyjama")) {
            ScriptEngine e = manager.getEngineByName(name);
            assertNotNull(e, name);
            assertInstanceOf(PyjamaScriptEngine.class, e);
            assertEquals("python", e.getFactory().getLanguageName());
            ((AutoCloseable) e).close();
        }
        assertNotNull(manager.getEngineByExtension("py"));
        assertNotNull(manager.getEngineByMimeType("text/x-python"));
        ScriptEngine e = manager.getEngineByName("python");
        assertEquals("print('it''s')", e.getFactory().getOutputStatement("it's").replace("\\'", "''"));
        assertEquals("obj.m(a, b)", e.getFactory().getMethodCallSyntax("obj", "m", "a", "b"));
        assertEquals("pyjama", e.getFactory().getParameter(ScriptEngine.ENGINE));
        ((AutoCloseable) e).close();
    }

    @Test
    void bindingsAreGlobals() throws Exception {
        ScriptEngine e = new ScriptEngineManager().getEngineByName("python");
        try {
            e.put("n", 20);
            e.put("names", List.of("a", "b"));
            assertEquals(42L, e.eval("n * 2 + len(names)"));
            assertNull(e.eval("m = n + 1\ndel n"));
            assertEquals(21L, e.get("m"));
            assertFalse(e.getBindings(ScriptContext.ENGINE_SCOPE).containsKey("n"), "deleted in Python, removed from the bindings");
            // a separate context: its own bindings into the same __main__, its own writer
            ScriptContext ctx = new SimpleScriptContext();
            StringWriter out = new StringWriter();
            ctx.setWriter(out);
            Bindings b = e.createBindings();
            b.put("who", "engine");
            ctx.setBindings(b, ScriptContext.ENGINE_SCOPE);
            e.eval("print('hello', who)", ctx);
            assertEquals("hello engine\n", out.toString());
            assertEquals("engine", b.get("who"));
        } finally {
            ((AutoCloseable) e).close();
        }
    }

    @Test
    void errorsAndInvocable() throws Exception {
        ScriptEngine e = new ScriptEngineManager().getEngineByName("pyjama");
        try {
            StringWriter out = new StringWriter();
            e.getContext().setWriter(out);
            e.eval("def greet(name):\n    print('greeting', name)\n    return 'hi ' + name\n"
                    + "class Counter:\n    def __init__(self): self.n = 0\n    def bump(self, k): self.n += k; return self.n\n");
            Invocable inv = (Invocable) e;
            assertEquals("hi bob", inv.invokeFunction("greet", "bob"));
            assertEquals("greeting bob\n", out.toString());
            Greeter g = inv.getInterface(Greeter.class);
            assertEquals("hi ann", g.greet("ann"));
            Object counter = e.eval("Counter()");
            assertEquals(5L, inv.invokeMethod(counter, "bump", 5));
            assertEquals(7L, inv.invokeMethod(counter, "bump", 2));
            assertThrows(NoSuchMethodException.class, () -> inv.invokeFunction("nope"));
            assertThrows(NoSuchMethodException.class, () -> inv.invokeMethod(counter, "nope"));
            ScriptException se = assertThrows(ScriptException.class, () -> e.eval("x = 1\nraise KeyError('k')"));
            assertEquals(2, se.getLineNumber());
            PythonException pe = assertInstanceOf(PythonException.class, se.getCause());
            assertEquals("KeyError", pe.getPythonType());
            assertTrue(se.getMessage().startsWith("KeyError: 'k'"), se.getMessage());
            assertThrows(ScriptException.class, () -> e.eval("def ("));
        } finally {
            ((AutoCloseable) e).close();
        }
    }
}
