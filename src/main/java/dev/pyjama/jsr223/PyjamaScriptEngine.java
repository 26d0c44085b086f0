package dev.pyjama.jsr223;

import dev.pyjama.PythonException;
import dev.pyjama.PythonInterpreter;
import dev.pyjama.PythonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Supplier;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;

/**
 * A JSR-223 engine over one {@link PythonInterpreter}, made on first use. Bindings are the
 * {@code __main__} globals: before a script runs, the global scope's and then the engine
 * scope's entries are set as globals (converted by the interpreter's rules); afterwards every
 * global of {@code __main__} (except {@code __builtins__}) is copied back into the engine scope
 * and names the script deleted are removed from it. {@code print} writes to the context's
 * writer, errors to its error writer. A Python exception becomes a {@link ScriptException}
 * whose cause is the {@link PythonException} and whose line number is the error's.
 * {@link #close()} closes the interpreter.
 */
public final class PyjamaScriptEngine extends AbstractScriptEngine implements Invocable, AutoCloseable {
    private final ScriptEngineFactory factory;
    private PythonInterpreter py;
    private final Object lock = new Object();

    PyjamaScriptEngine(ScriptEngineFactory factory) {
        this.factory = factory;
    }

    private PythonInterpreter interpreter() {
        synchronized (lock) {
            if (py == null) {
                py = PythonInterpreter.builder()
                        .stdout(new WriterStream(() -> context.getWriter()))
                        .stderr(new WriterStream(() -> context.getErrorWriter()))
                        .build();
            }
            return py;
        }
    }

    @Override
    public Object eval(String script, ScriptContext ctx) throws ScriptException {
        synchronized (lock) {
            ScriptContext saved = context;
            context = ctx;
            try {
                PythonInterpreter p = interpreter();
                Bindings engine = ctx.getBindings(ScriptContext.ENGINE_SCOPE);
                Bindings global = ctx.getBindings(ScriptContext.GLOBAL_SCOPE);
                if (global != null) global.forEach((k, v) -> setGlobal(p, k, v));
                if (engine != null) engine.forEach((k, v) -> setGlobal(p, k, v));
                Object filename = ctx.getAttribute(FILENAME);
                try {
                    return p.evalScript(script, filename instanceof String s ? s : "<script>");
                } catch (PythonException e) {
                    throw scriptException(e, filename instanceof String s ? s : "<script>");
                } finally {
                    if (engine != null) copyBack(p, engine);
                }
            } finally {
                context = saved;
            }
        }
    }

    private static void setGlobal(PythonInterpreter p, String name, Object value) {
        if (name.equals(FILENAME) || name.startsWith("javax.script.")) return;
        p.set(name, value);
    }

    private static void copyBack(PythonInterpreter p, Bindings engine) {
        Set<String> names = p.globalNames();
        engine.keySet().removeIf(k -> !names.contains(k) && !k.startsWith("javax.script."));
        for (String name : names) {
            if (!name.equals("__builtins__")) engine.put(name, p.get(name));
        }
    }

    private static ScriptException scriptException(PythonException e, String filename) {
        int line = -1;
        String tb = e.getFormattedTraceback();
        // the last frame's line: '  File "NAME", line N, in ...'
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(tb == null ? "" : tb);
        while (m.find()) line = Integer.parseInt(m.group(1));
        ScriptException se = new ScriptException(e.getMessage(), filename, line);
        se.initCause(e);
        return se;
    }

    @Override
    public Object eval(Reader reader, ScriptContext ctx) throws ScriptException {
        StringBuilder b = new StringBuilder();
        char[] buf = new char[8192];
        try {
            for (int n; (n = reader.read(buf)) > 0; ) b.append(buf, 0, n);
        } catch (IOException e) {
            throw new ScriptException(e);
        }
        return eval(b.toString(), ctx);
    }

    @Override
    public Bindings createBindings() {
        return new SimpleBindings();
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    // ---- Invocable: functions and methods of the engine's __main__

    @Override
    public Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        PythonInterpreter p = interpreter();
        synchronized (lock) {
            if (!p.has(name)) throw new NoSuchMethodException("no Python global named " + name);
            try {
                return p.call(name, args);
            } catch (PythonException e) {
                throw scriptException(e, "<script>");
            }
        }
    }

    @Override
    public Object invokeMethod(Object thiz, String name, Object... args) throws ScriptException, NoSuchMethodException {
        if (!(thiz instanceof PythonObject o)) throw new IllegalArgumentException("not a Python object: " + thiz);
        try {
            return o.invoke(name, args);
        } catch (PythonException e) {
            if (e.isInstance("AttributeError")) throw new NoSuchMethodException(e.getMessage());
            throw scriptException(e, "<script>");
        }
    }

    @Override
    public <T> T getInterface(Class<T> type) {
        return proxy(null, type);
    }

    @Override
    public <T> T getInterface(Object thiz, Class<T> type) {
        if (!(thiz instanceof PythonObject)) throw new IllegalArgumentException("not a Python object: " + thiz);
        return proxy((PythonObject) thiz, type);
    }

    /** An implementation of {@code type} whose methods call the Python functions (or methods of {@code self}) of the same names. */
    private <T> T proxy(PythonObject self, Class<T> type) {
        if (type == null || !type.isInterface()) throw new IllegalArgumentException("not an interface: " + type);
        Object p = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                switch (method.getName()) {
                    case "equals": return proxy == args[0];
                    case "hashCode": return System.identityHashCode(proxy);
                    default: return "Python implementation of " + type.getName();
                }
            }
            Object[] a = args == null ? new Object[0] : args;
            return self == null ? invokeFunction(method.getName(), a) : invokeMethod(self, method.getName(), a);
        });
        return type.cast(p);
    }

    /** Closes the engine's interpreter. */
    @Override
    public void close() {
        synchronized (lock) {
            if (py != null) py.close();
        }
    }

    /** Bytes Python writes, decoded as UTF-8 into the writer of the context running now, at each flush. */
    private static final class WriterStream extends OutputStream {
        private final Supplier<Writer> writer;
        private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

        WriterStream(Supplier<Writer> writer) {
            this.writer = writer;
        }

        @Override
        public synchronized void write(int b) {
            pending.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            pending.write(b, off, len);
        }

        @Override
        public synchronized void flush() throws IOException {
            if (pending.size() == 0) return;
            String s = pending.toString(StandardCharsets.UTF_8);
            pending.reset();
            Writer w = writer.get();
            if (w != null) {
                w.write(s);
                w.flush();
            }
        }
    }
}
