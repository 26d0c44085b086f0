package dev.pyjama.compiler;

import dev.pyjama.ast.Alias;
import dev.pyjama.ast.AstMod;
import dev.pyjama.ast.AstStmt;
import dev.pyjama.ast.Constant;
import dev.pyjama.ast.Expr;
import dev.pyjama.ast.ImportFrom;
import dev.pyjama.ast.Interactive;
import dev.pyjama.ast.Module;
import dev.pyjama.objects.PyStr;
import java.util.List;

/**
 * The {@code from __future__ import ...} statements at the start of a module: which features
 * they turn on (as CO_FUTURE_* code flags) and where the last one is, so that the compiler can
 * reject a future import that comes later.
 */
// CPython: Python/future.c, Include/internal/pycore_symtable.h _PyFutureFeatures
public final class FutureFeatures {
    // CPython: Include/cpython/code.h (CO_FUTURE_* flags)
    public static final int CO_FUTURE_DIVISION = 0x20000;
    public static final int CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
    public static final int CO_FUTURE_WITH_STATEMENT = 0x80000;
    public static final int CO_FUTURE_PRINT_FUNCTION = 0x100000;
    public static final int CO_FUTURE_UNICODE_LITERALS = 0x200000;
    public static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;
    public static final int CO_FUTURE_GENERATOR_STOP = 0x800000;
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    /** The CO_FUTURE_* flags the module's future statements set (ff_features). */
    public int features;
    /** The position of the last future statement (ff_location); all -1 when there is none. */
    public int lineno = -1, colOffset = -1, endLineno = -1, endColOffset = -1;

    private FutureFeatures() {}

    /** No future features (for code compiled without a module, or with flags only). */
    public static FutureFeatures none() {
        return new FutureFeatures();
    }

    /** Whether {@code from __future__ import annotations} is in effect. */
    public boolean annotations() {
        return (features & CO_FUTURE_ANNOTATIONS) != 0;
    }

    /**
     * Scans the module's leading future statements (after an optional docstring). Raises
     * SyntaxError for an unknown feature, and for {@code braces}.
     */
    // CPython: Python/future.c _PyFuture_FromAST, future_parse
    public static FutureFeatures fromAst(AstMod mod, CompileErrors errors) {
        FutureFeatures ff = new FutureFeatures();
        List<AstStmt> body;
        if (mod instanceof Module) {
            body = ((Module) mod).body;
        } else if (mod instanceof Interactive) {
            body = ((Interactive) mod).body;
        } else {
            return ff;
        }
        int i = docString(body) != null ? 1 : 0;
        for (; i < body.size(); i++) {
            AstStmt s = body.get(i);
            if (!(s instanceof ImportFrom)) break;
            ImportFrom f = (ImportFrom) s;
            if (level(f) != 0 || !"__future__".equals(f.module)) break;
            ff.checkFeatures(f, errors);
            ff.lineno = s.lineno;
            ff.colOffset = s.colOffset;
            ff.endLineno = s.endLineno;
            ff.endColOffset = s.endColOffset;
        }
        return ff;
    }

    // CPython: Python/future.c future_check_features (3.13.0: errors located at the statement)
    private void checkFeatures(ImportFrom s, CompileErrors errors) {
        for (Alias name : s.names) {
            switch (name.name) {
                case "nested_scopes":
                case "generators":
                case "division":
                case "absolute_import":
                case "with_statement":
                case "print_function":
                case "unicode_literals":
                case "generator_stop":
                    break;
                case "barry_as_FLUFL":
                    features |= CO_FUTURE_BARRY_AS_BDFL;
                    break;
                case "annotations":
                    features |= CO_FUTURE_ANNOTATIONS;
                    break;
                case "braces":
                    throw errors.syntaxErrorAt("not a chance", s.lineno, s.colOffset);
                default:
                    throw errors.syntaxErrorAt("future feature " + truncate(name.name) + " is not defined",
                            s.lineno, s.colOffset);
            }
        }
    }

    /** {@code %.100s} of a UTF-8 string: at most 100 bytes, never half a character. */
    private static String truncate(String s) {
        byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (utf8.length <= 100) return s;
        int n = 100;
        while (n > 0 && (utf8[n] & 0xC0) == 0x80) n--;
        return new String(utf8, 0, n, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Whether {@code s} is a {@code from __future__ import} the compiler must reject for
     * coming after the module's leading future statements; codegen raises
     * {@link #lateImportError} for it.
     */
    // CPython: Python/compile.c compiler_from_import (location_is_after)
    public boolean isLateFutureImport(ImportFrom s) {
        boolean after = s.lineno > endLineno || (s.lineno == endLineno && s.colOffset > endColOffset);
        return after && level(s) == 0 && "__future__".equals(s.module);
    }

    /** The error for a late future import, located at the statement. */
    public static dev.pyjama.objects.PySyntaxError lateImportError(ImportFrom s, CompileErrors errors) {
        return errors.syntaxError("from __future__ imports must occur at the beginning of the file",
                s.lineno, s.colOffset, s.endLineno, s.endColOffset);
    }

    private static int level(ImportFrom s) {
        return s.level == null ? 0 : s.level;
    }

    /** The docstring of a body: its first statement when that is an expression statement holding a str constant. */
    // CPython: Python/ast.c _PyAST_GetDocString
    public static PyStr docString(List<AstStmt> body) {
        if (body.isEmpty() || !(body.get(0) instanceof Expr)) return null;
        Expr e = (Expr) body.get(0);
        if (e.value instanceof Constant && ((Constant) e.value).value instanceof PyStr) {
            return (PyStr) ((Constant) e.value).value;
        }
        return null;
    }
}
