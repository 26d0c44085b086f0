"""Tokenize Python files with CPython's own C tokenizer, for TokenizerStdlibTest.

    python3.13 tools/tokenize_stdlib.py hash [--extra] ROOT   one line per .py file under ROOT
    python3.13 tools/tokenize_stdlib.py dump [--extra] FILE   every token of FILE
    python3.13 tools/tokenize_stdlib.py stdin [--extra] -     sources from stdin, one per line
                                                              in hex (UTF-8, newlines as \n)

Each file is read as bytes, newlines are translated (\\r\\n and \\r to \\n, as compile()
does before tokenizing), it is decoded with the encoding tokenize.detect_encoding finds,
and _tokenize.TokenizerIter runs over its lines as str. Each token is rendered as
"type\\tline\\tcol\\tend_line\\tend_col\\tstring\\n" (columns in characters); "hash" prints,
tab-separated: the path relative to ROOT, then
    OK   <sha1 of the rendered tokens> <token count>
    ERR  <sha1> <count> <exception type> <lineno> <offset> <msg>      (TokenizerIter raised)
    DEC  <exception type> <lineno> <offset> <msg>                     (no decodable text:
         what compile(data, path, 'exec', PyCF_ONLY_AST) raises instead, or "none")
"""
import ast
import hashlib
import io
import os
import sys
import tokenize
import _tokenize


def render(tok):
    t, s, (l, c), (el, ec), _line = tok
    return f"{t}\t{l}\t{c}\t{el}\t{ec}\t{s}\n".encode('utf-8', 'surrogatepass')


def text_of(data):
    enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    return data.replace(b'\r\n', b'\n').replace(b'\r', b'\n').decode(enc)


def oneline(s):
    return str(s).replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')


def hash_text(text, rel, extra, out):
    h = hashlib.sha1()
    n = 0
    try:
        for tok in _tokenize.TokenizerIter(io.StringIO(text).readline, extra_tokens=extra):
            h.update(render(tok))
            n += 1
    except SyntaxError as e:
        out.write(f"{rel}\tERR\t{h.hexdigest()}\t{n}\t{type(e).__name__}\t{e.lineno}\t{e.offset}\t{oneline(e.msg)}\n")
        return
    out.write(f"{rel}\tOK\t{h.hexdigest()}\t{n}\n")


def hash_file(path, rel, extra, out):
    with open(path, 'rb') as f:
        data = f.read()
    try:
        text = text_of(data)
    except (SyntaxError, LookupError, UnicodeDecodeError):
        try:
            compile(data, path, 'exec', ast.PyCF_ONLY_AST)
            err = ('none', 0, 0, '')
        except SyntaxError as e:
            err = (type(e).__name__, e.lineno, e.offset, e.msg)
        except Exception as e:
            err = (type(e).__name__, 0, 0, str(e))
        out.write(f"{rel}\tDEC\t{err[0]}\t{err[1]}\t{err[2]}\t{oneline(err[3])}\n")
        return
    hash_text(text, rel, extra, out)


def main():
    args = sys.argv[1:]
    mode = args.pop(0)
    extra = False
    if args and args[0] == '--extra':
        extra = True
        args.pop(0)
    target = args[0]
    out = sys.stdout
    if mode == 'stdin':
        for i, line in enumerate(sys.stdin):
            hash_text(bytes.fromhex(line.strip()).decode('utf-8'), str(i), extra, out)
        return
    if mode == 'dump':
        with open(target, 'rb') as f:
            text = text_of(f.read())
        try:
            for tok in _tokenize.TokenizerIter(io.StringIO(text).readline, extra_tokens=extra):
                sys.stdout.buffer.write(render(tok))
        except SyntaxError as e:
            print(f"ERROR {type(e).__name__} {e.lineno} {e.offset} {e.msg}")
        return
    paths = []
    for d, dirs, files in os.walk(target):
        dirs[:] = sorted(x for x in dirs if x not in ('site-packages', '__pycache__'))
        for f in sorted(files):
            if f.endswith('.py'):
                paths.append(os.path.join(d, f))
    for p in paths:
        hash_file(p, os.path.relpath(p, target), extra, out)


if __name__ == '__main__':
    main()
