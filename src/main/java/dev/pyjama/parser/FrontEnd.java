package dev.pyjama.parser;

import dev.pyjama.ast.AstMod;
import dev.pyjama.objects.PySyntaxError;

/** The front end's entry points: source in, AST out (or a SyntaxError). */
public final class FrontEnd {
    private FrontEnd() {}

    /**
     * Parses source given as bytes (encoding from BOM / coding cookie), as
     * {@code compile(source, filename, mode, ast.PyCF_ONLY_AST)} does, or as running a script
     * file does when the context says the source was read from one.
     */
    // CPython: Parser/peg_api.c _PyParser_ASTFromString, Parser/pegen.c _PyPegen_run_parser_from_string
    public static AstMod parse(byte[] source, ParserContext context) {
        if (!context.fromFile) {
            for (byte b : source) {
                if (b == 0) {
                    // compile() refuses these before tokenizing.
                    throw new PySyntaxError("SyntaxError", "source code string cannot contain null bytes",
                            null, null, null, null, null, null);
                }
            }
        }
        Tokenizer tok = Tokenizer.fromBytes(source, context.filename, context.mode == ParserContext.Mode.FILE);
        return run(tok, context);
    }

    private static AstMod run(Tokenizer tok, ParserContext context) {
        tok.setWarningHandler((category, message, filename, lineno) -> {
            Warnings.warnExplicit(context, category, message, lineno);
            return false;
        });
        return new GeneratedParser(tok, context).run();
    }

    /** Parses source given as text, as {@code compile(str, ...)} does: no coding cookie applies. */
    public static AstMod parseString(String source, ParserContext context) {
        if (source.indexOf('\0') >= 0) {
            throw new PySyntaxError("SyntaxError", "source code string cannot contain null bytes",
                    null, null, null, null, null, null);
        }
        Tokenizer tok = Tokenizer.fromString(source, context.filename, context.mode == ParserContext.Mode.FILE);
        return run(tok, context);
    }
}
