package dev.pyjama.ast;

/** Temporary stand-in until the generated AST classes land. */
public abstract class AstMod {
}
