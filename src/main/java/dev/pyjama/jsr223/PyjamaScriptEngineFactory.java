package dev.pyjama.jsr223;

import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/**
 * The JSR-223 factory, registered in {@code META-INF/services/javax.script.ScriptEngineFactory}:
 * {@code new ScriptEngineManager().getEngineByName("python")} (or {@code "pyjama"},
 * {@code "python3"}, the extension {@code "py"}) makes a {@link PyjamaScriptEngine}.
 */
public final class PyjamaScriptEngineFactory implements ScriptEngineFactory {
    private static final List<String> NAMES = List.of("python", "pyjama", "python3");

    @Override
    public String getEngineName() {
        return "pyjama";
    }

    @Override
    public String getEngineVersion() {
        return "0.1.0";
    }

    @Override
    public List<String> getExtensions() {
        return List.of("py");
    }

    @Override
    public List<String> getMimeTypes() {
        return List.of("text/x-python", "text/python", "application/x-python");
    }

    @Override
    public List<String> getNames() {
        return NAMES;
    }

    @Override
    public String getLanguageName() {
        return "python";
    }

    @Override
    public String getLanguageVersion() {
        return "3.13";
    }

    @Override
    public Object getParameter(String key) {
        switch (key) {
            case ScriptEngine.ENGINE: return getEngineName();
            case ScriptEngine.ENGINE_VERSION: return getEngineVersion();
            case ScriptEngine.NAME: return NAMES.get(0);
            case ScriptEngine.LANGUAGE: return getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION: return getLanguageVersion();
            case "THREADING": return null; // one engine is not to be shared by threads without synchronisation of its bindings
            default: return null;
        }
    }

    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        return obj + "." + m + "(" + String.join(", ", args) + ")";
    }

    @Override
    public String getOutputStatement(String toDisplay) {
        return "print(" + pythonString(toDisplay) + ")";
    }

    @Override
    public String getProgram(String... statements) {
        return String.join("\n", statements) + "\n";
    }

    @Override
    public ScriptEngine getScriptEngine() {
        return new PyjamaScriptEngine(this);
    }

    /** A Python string literal of {@code s}. */
    static String pythonString(String s) {
        StringBuilder b = new StringBuilder("'");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\': b.append("\\\\"); break;
                case '\'': b.append("\\'"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                default:
                    if (c < ' ') b.append(String.format("\\x%02x", (int) c));
                    else b.append(c);
            }
        }
        return b.append('\'').toString();
    }
}
