# tokenize on pyjama's tokenizer (_tokenize.TokenizerIter): str and bytes sources, encodings,
# f-strings, multi-line strings, comments and NL, CRLF, untokenize, errors
import io
import token
import tokenize

SOURCE = '''\
# comment
def f(x, *args, **kw):  # trailing
    """doc
    string"""
    if x >= 2 and not args:
        return [i ** 2 for i in range(x)]
    return f"{x!r:>{3}} é {kw['k']}"

async def g():
    await h()
    s = 'a' \\
        'b'
'''
for tok in tokenize.generate_tokens(io.StringIO(SOURCE).readline):
    print(token.tok_name[tok.type], repr(tok.string), tok.start, tok.end, repr(tok.line))
for tok in tokenize.tokenize(io.BytesIO("# -*- coding: latin-1 -*-\nx = 'é'\r\ny = 1\r\n".encode("latin-1")).readline):
    print(tok.exact_type, token.tok_name[tok.exact_type], repr(tok.string), tok.start, tok.end)
print(tokenize.detect_encoding(io.BytesIO(b"\xef\xbb\xbfx = 1\n").readline))
print(repr(tokenize.untokenize(tokenize.generate_tokens(io.StringIO("a = (1,\n  2)\n").readline))))
print(repr(tokenize.untokenize([(token.NAME, "x"), (token.OP, "="), (token.NUMBER, "1")])))
for bad in ["if x:\n  a\n b\n", "x = (1,\n", "'''open\n", "a = 1\n\tb\n"]:
    try:
        for tok in tokenize.generate_tokens(io.StringIO(bad).readline):
            pass
        print("ok", token.tok_name[tok.type])
    except (SyntaxError, tokenize.TokenError) as e:
        print(type(e).__name__, e.args[0])
print(list(tokenize.generate_tokens(io.StringIO("").readline)))
print(token.ISTERMINAL(token.NAME), token.ISEOF(token.ENDMARKER), token.EXACT_TOKEN_TYPES["->"])
