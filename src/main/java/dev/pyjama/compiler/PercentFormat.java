package dev.pyjama.compiler;

import dev.pyjama.ast.AstExpr;
import dev.pyjama.ast.BinOp;
import dev.pyjama.ast.Constant;
import dev.pyjama.ast.FormattedValue;
import dev.pyjama.ast.JoinedStr;
import dev.pyjama.objects.PyStr;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites {@code 'fmt' % (a, b)} into an f-string when every conversion in {@code fmt} is
 * a plain {@code %s}, {@code %r} or {@code %a} (with at most a width and a precision of two
 * digits each) and there are exactly as many as there are items. The literal pieces are
 * constants without a position (-1), as CPython makes them.
 */
// CPython: Python/ast_opt.c optimize_format, parse_literal, simple_format_arg_parse, parse_format
final class PercentFormat {
    private PercentFormat() {}

    private static final int MAXDIGITS = 3;
    private static final int F_LJUST = 1;

    /** Where parsing the format string stands: the code points and the position. */
    private static final class Cursor {
        final int[] fmt;
        int pos;

        Cursor(int[] fmt) {
            this.fmt = fmt;
        }
    }

    /** The JoinedStr replacing {@code node}, or {@code node} when the format is not simple enough. */
    // CPython: Python/ast_opt.c optimize_format
    static AstExpr optimizeFormat(BinOp node, PyStr fmt, List<AstExpr> elts) {
        Cursor c = new Cursor(fmt.codePoints());
        int cnt = 0;
        List<AstExpr> seq = new ArrayList<>(elts.size() * 2 + 1);
        while (true) {
            Constant lit = parseLiteral(c);
            if (lit != null) seq.add(lit);
            if (c.pos >= c.fmt.length) break;
            if (cnt >= elts.size()) return node;  // more conversions than items
            c.pos++;  // the '%'
            AstExpr expr = parseFormat(c, elts.get(cnt));
            cnt++;
            if (expr == null) return node;
            seq.add(expr);
        }
        if (cnt < elts.size()) return node;  // more items than conversions
        return new JoinedStr(seq, node.lineno, node.colOffset, node.endLineno, node.endColOffset);
    }

    /** The text up to the next lone '%', with '%%' made '%'; null when there is none. */
    // CPython: Python/ast_opt.c parse_literal
    private static Constant parseLiteral(Cursor c) {
        int start = c.pos, pos = c.pos;
        int[] f = c.fmt;
        boolean hasPercents = false;
        while (pos < f.length) {
            if (f[pos] != '%') {
                pos++;
            } else if (pos + 1 < f.length && f[pos + 1] == '%') {
                hasPercents = true;
                pos += 2;
            } else {
                break;
            }
        }
        c.pos = pos;
        if (pos == start) return null;
        int[] text = new int[pos - start];
        int n = 0;
        for (int i = start; i < pos; i++) {
            text[n++] = f[i];
            if (hasPercents && f[i] == '%') i++;  // '%%' stands for one '%'
        }
        return new Constant(PyStr.ofCodePoints(text, n), null, -1, -1, -1, -1);
    }

    /** The parsed conversion: its flags, width and precision (-1 when absent) and type character. */
    private static final class Spec {
        int flags, width = -1, prec = -1, type;
    }

    /** Reads flags, a width and a precision of at most two digits each, and the type; false when unsupported. */
    // CPython: Python/ast_opt.c simple_format_arg_parse
    private static boolean simpleFormatArgParse(Cursor c, Spec spec) {
        int pos = c.pos, len = c.fmt.length;
        int ch;
        spec.flags = 0;
        while (true) {
            if (pos >= len) return false;
            ch = c.fmt[pos++];
            if (ch == '-') {
                spec.flags |= F_LJUST;
            } else if (ch == '+' || ch == ' ' || ch == '#' || ch == '0') {
                // F_SIGN, F_BLANK, F_ALT, F_ZERO: no effect on %s, %r and %a
            } else {
                break;
            }
        }
        if ('0' <= ch && ch <= '9') {
            spec.width = 0;
            int digits = 0;
            while ('0' <= ch && ch <= '9') {
                spec.width = spec.width * 10 + (ch - '0');
                if (pos >= len) return false;
                ch = c.fmt[pos++];
                if (++digits >= MAXDIGITS) return false;
            }
        }
        if (ch == '.') {
            if (pos >= len) return false;
            ch = c.fmt[pos++];
            spec.prec = 0;
            if ('0' <= ch && ch <= '9') {
                int digits = 0;
                while ('0' <= ch && ch <= '9') {
                    spec.prec = spec.prec * 10 + (ch - '0');
                    if (pos >= len) return false;
                    ch = c.fmt[pos++];
                    if (++digits >= MAXDIGITS) return false;
                }
            }
        }
        spec.type = ch;
        c.pos = pos;
        return true;
    }

    /** The FormattedValue for one conversion applied to {@code arg}, or null when unsupported. */
    // CPython: Python/ast_opt.c parse_format
    private static AstExpr parseFormat(Cursor c, AstExpr arg) {
        Spec spec = new Spec();
        if (!simpleFormatArgParse(c, spec)) return null;
        if (spec.type != 's' && spec.type != 'r' && spec.type != 'a') return null;
        StringBuilder buf = new StringBuilder(8);
        if ((spec.flags & F_LJUST) == 0 && spec.width > 0) buf.append('>');
        if (spec.width >= 0) buf.append(spec.width);
        if (spec.prec >= 0) buf.append('.').append(spec.prec);
        AstExpr formatSpec = null;
        if (buf.length() > 0) {
            formatSpec = new Constant(PyStr.of(buf.toString()), null, -1, -1, -1, -1);
        }
        return new FormattedValue(arg, spec.type, formatSpec, arg.lineno, arg.colOffset, arg.endLineno, arg.endColOffset);
    }
}
