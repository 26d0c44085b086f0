package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Importer;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyIter;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PySyntaxError;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import dev.pyjama.parser.Token;
import dev.pyjama.parser.TokenIterAdapter;
import dev.pyjama.parser.Tokenizer;
import dev.pyjama.parser.Tokens;
import java.nio.charset.StandardCharsets;

/**
 * {@code _tokenize.TokenizerIter}: pyjama's tokenizer (the parser's own, in the
 * {@code tokenize} module's extra-tokens mode) behind Lib/tokenize.py. The lines
 * {@code readline} returns are read up front, then tokenized as one source; each token comes
 * out as {@code (type, string, (lineno, col), (end_lineno, end_col), line)}.
 */
// CPython: Python/Python-tokenize.c tokenizeriter_new_impl, tokenizeriter_next, _tokenizer_error
public final class TokenizeModule {
    private TokenizeModule() {}

    static final PyType TOKENIZER_ITER = ModuleSupport.iteratorType("_tokenize.TokenizerIter");

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_tokenize");
        BuiltinTypes.newMethod(TOKENIZER_ITER, (args, kw) -> {
            // args[0] is the class; readline is positional, the rest keyword-only
            PyObject[] a = Args.parse("TokenizerIter", args, 1, kw, new String[] {"", "extra_tokens", "encoding"}, 1, 1);
            if (a[1] == null) throw Errors.typeError("TokenizerIter() missing required keyword-only argument: 'extra_tokens'");
            String encoding = a[2] == null ? null : ((PyStr) a[2]).value;
            return new Iter(readAll(a[0], encoding), Abstract.isTrue(a[1]));
        });
        ModuleSupport.set(m, "TokenizerIter", TOKENIZER_ITER);
        return m;
    }

    /** Every line {@code readline} gives until it returns an empty line or raises StopIteration. */
    private static String readAll(PyObject readline, String encoding) {
        StringBuilder sb = new StringBuilder();
        for (;;) {
            PyObject line;
            try {
                line = Abstract.call(readline);
            } catch (PyException e) {
                if (e.value().type().isSubtype(ExceptionTypes.STOP_ITERATION)) break;
                throw e;
            }
            if (encoding != null) {
                if (!(line instanceof PyBytes)) {
                    throw Errors.typeError("readline() returned a non-bytes object");
                }
                line = Abstract.call(Abstract.getattr(line, PyStr.of("decode")), PyStr.of(encoding));
            } else if (!(line instanceof PyStr)) {
                throw Errors.typeError("readline() returned a non-string object");
            }
            String s = ((PyStr) line).value;
            if (s.isEmpty()) break;
            sb.append(s);
        }
        return sb.toString();
    }

    static final class Iter extends PyIter {
        private final Tokenizer tok;
        private final TokenIterAdapter adapter;
        private boolean done;

        Iter(String source, boolean extra) {
            super(TOKENIZER_ITER);
            this.tok = Tokenizer.fromString(source, "<string>", true).setExtraTokens(extra);
            this.adapter = new TokenIterAdapter(tok, extra);
        }

        @Override
        public PyObject next() {
            if (done) return null;
            Token t;
            try {
                t = tok.next();
            } catch (PySyntaxError e) {
                done = true;
                throw new PyException(Importer.syntaxErrorObject(e));
            }
            if (t.type == Tokens.ERRORTOKEN) {
                done = true;
                throw error();
            }
            if (t.type == Tokens.ENDMARKER) done = true;
            TokenIterAdapter.Item i = adapter.item(t);
            return PyTuple.of(PyInt.of(i.type()), str(i.text()), PyTuple.of(PyInt.of(i.lineno()), PyInt.of(i.col())),
                    PyTuple.of(PyInt.of(i.endLineno()), PyInt.of(i.endCol())), str(i.line()));
        }

        private static PyStr str(byte[] utf8) {
            return PyStr.of(new String(utf8, StandardCharsets.UTF_8));
        }

        // CPython: Python/Python-tokenize.c _tokenizer_error
        private PyException error() {
            String type = "SyntaxError", msg;
            switch (tok.done()) {
                case Tokenizer.E_EOF:
                    return new PyException(Importer.syntaxErrorObject(new PySyntaxError("SyntaxError",
                            "unexpected EOF in multi-line statement", "<string>", tok.lineno(),
                            0, null, null, null))); // readline mode has emptied its buffer at EOF
                case Tokenizer.E_TOKEN: msg = "invalid token"; break;
                case Tokenizer.E_DEDENT: type = "IndentationError"; msg = "unindent does not match any outer indentation level"; break;
                case Tokenizer.E_TABSPACE: type = "TabError"; msg = "inconsistent use of tabs and spaces in indentation"; break;
                case Tokenizer.E_TOODEEP: type = "IndentationError"; msg = "too many levels of indentation"; break;
                case Tokenizer.E_LINECONT: msg = "unexpected character after line continuation character"; break;
                default: msg = "unknown tokenization error";
            }
            byte[] buf = tok.buffer();
            int start = tok.bufStart(), end = Math.max(start, tok.lineEnd() - 1);
            String line = new String(buf, start, end - start, StandardCharsets.UTF_8);
            // CPython: _PyPegen_byte_offset_to_character_offset(error_line, inp - buf), which counts
            // the string's terminating NUL as one more character when the offset passes its end
            int n = tok.lineEnd() - start, len = end - start;
            int offset = new String(buf, start, Math.min(n, len), StandardCharsets.UTF_8).codePointCount(0,
                    new String(buf, start, Math.min(n, len), StandardCharsets.UTF_8).length()) + (n > len ? 1 : 0);
            return new PyException(Importer.syntaxErrorObject(new PySyntaxError(type, msg, "<string>", tok.lineno(),
                    offset, line, null, null)));
        }
    }
}
