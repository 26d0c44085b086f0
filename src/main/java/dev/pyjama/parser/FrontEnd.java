package dev.pyjama.parser;

import dev.pyjama.ast.AstMod;
import dev.pyjama.objects.PyException;

/** The front end's entry points: source in, AST out (or a SyntaxError). */
public final class FrontEnd {
    private FrontEnd() {}

    /** Parses a module given as bytes (encoding from BOM / coding cookie), as {@code ast.parse(bytes, filename)}. */
    public static AstMod parse(byte[] source, String filename) {
        throw new PyException("NotImplementedError", "the parser is not written yet");
    }

    /** Parses a module given as text, as {@code ast.parse(str, filename)}. */
    public static AstMod parseString(String source, String filename) {
        throw new PyException("NotImplementedError", "the parser is not written yet");
    }
}
