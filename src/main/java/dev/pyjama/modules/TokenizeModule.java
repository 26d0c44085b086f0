package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Codecs;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Importer;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyIter;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PySyntaxError;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import dev.pyjama.parser.TokenizerIter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code _tokenize}: TokenizerIter, the C tokenizer the tokenize module runs, here pyjama's
 * tokenizer through {@link TokenizerIter}. The readline callable is read to its end first
 * (the tokenizer works on the whole source), then tokens are made one per {@code next()}.
 */
// CPython: Python/Python-tokenize.c
public final class TokenizeModule {
    private TokenizeModule() {}

    static final PyType TOKENIZER_ITER = PyIter.iteratorType("_tokenize.TokenizerIter");

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_tokenize");
        def(m, "TokenizerIter", (a, kw) -> {
            PyObject[] p = Args.parse("TokenizerIter", a, 0, kw, new String[] {"", "extra_tokens", "encoding"}, 2, 1);
            boolean extra = Abstract.isTrue(p[1]);
            String encoding = p[2] == null || p[2] == PyNone.NONE ? null : ((PyStr) p[2]).value();
            return new Iter(new TokenizerIter(readAll(p[0], encoding), extra));
        });
        return m;
    }

    /** Everything readline gives until it returns an empty line or raises StopIteration, as UTF-8. */
    // CPython: Parser/tokenizer/readline_tokenizer.c tok_readline_string
    private static byte[] readAll(PyObject readline, String encoding) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (;;) {
            PyObject line;
            try {
                line = Abstract.call(readline);
            } catch (PyException e) {
                if (e.value().type().isSubtype(ExceptionTypes.STOP_ITERATION)) break;
                throw e;
            }
            String text;
            if (encoding == null) {
                if (!(line instanceof PyStr s)) throw Errors.typeError("readline() returned a non-string object");
                text = s.value();
            } else {
                if (!(line instanceof PyBytes b)) throw Errors.typeError("readline() returned a non-bytes object");
                text = Codecs.decode(b.value, encoding, "strict");
            }
            if (text.isEmpty()) break;
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    static final class Iter extends PyIter {
        private final TokenizerIter it;

        Iter(TokenizerIter it) {
            super(TOKENIZER_ITER);
            this.it = it;
        }

        @Override
        public PyObject next() {
            TokenizerIter.Item t;
            try {
                t = it.next();
            } catch (PySyntaxError e) {
                throw new PyException(Importer.syntaxErrorObject(e));
            }
            if (t == null) return null;
            return PyTuple.of(PyInt.of(t.type()), PyStr.of(t.text()), PyTuple.of(PyInt.of(t.lineno()), PyInt.of(t.col())),
                    PyTuple.of(PyInt.of(t.endLineno()), PyInt.of(t.endCol())), PyStr.of(t.line()));
        }
    }
}
