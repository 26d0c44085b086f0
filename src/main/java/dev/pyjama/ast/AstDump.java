package dev.pyjama.ast;

/** Temporary stand-in until the real ast.dump port lands. */
public final class AstDump {
    private AstDump() {}

    public static String dump(Object node, boolean includeAttributes) {
        throw new UnsupportedOperationException("AstDump is not written yet");
    }
}
