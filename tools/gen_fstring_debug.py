"""Expected debug texts of f-string '=' fields (FStringDebugTest).

    python3.13 tools/gen_fstring_debug.py > src/test/resources/dev/pyjama/parser/fstring_debug.tsv

Each source is one f-string with one '=' field and nothing before it, so CPython's AST holds
the tokenizer's expression text (the metadata of the token ending the expression) as the
first Constant of the JoinedStr. Output, tab-separated: hex of the source's UTF-8, the text
(escaped: \\\\ \\t \\n).
"""
import ast
import sys

assert sys.version_info[:2] == (3, 13), sys.version

SOURCES = [
    'f"{x=}"',
    'f"{x = }"',
    'f"{x=!r}"',
    'f"{x = !s:>10}"',
    'f"{x=:>10}"',
    'f"{x=:{width}}"',
    'f"{x =:>{w}.{p}}"',
    'f"{ x + 1 = }"',
    'f"{a[\'k\']=}"',
    'f"{a["k"]=}"',
    'f"{ {1: 2}[1] = }"',
    'f"{f\'{y=}\'=}"',
    'f"{é=}"',
    'f"{"€"=}"',
    'f"""{x\n=}"""',
    'f"""{x # comment\n=}"""',
    'f"""{x # comment\n+ y # more\n = }"""',
    'f"{x=!r:^20}"',
    'f"{(lambda y: y)(1)=}"',
    'f"{x==1=}"',
    'f"{x!=1=}"',
    'f"{x:=^10}"',
    "f'{3.14=:.2f}'",
    'rf"{x=}"',
    'f"{x=}{y=}"',
]


def esc(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')


for src in SOURCES:
    tree = ast.parse(src)
    js = tree.body[0].value
    first = js.values[0]
    text = first.value if isinstance(first, ast.Constant) else None
    print(src.encode().hex() + '\t' + ('\\N' if text is None else esc(text)))
