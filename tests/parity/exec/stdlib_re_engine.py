# CPython's own re parser and compiler (Lib/re/_parser.py, _compiler.py) on pyjama's _sre.
# re/__init__.py needs enum and functools, which need modules pyjama does not have yet, so a
# bare package module stands in for it and its submodules load from CPython's Lib/re.
import sys
import _sre
stdlib = [p for p in sys.path if p.endswith("python3.13")][0]
stub = type(sys)("re")
stub.__path__ = [stdlib + "/re"]
sys.modules["re"] = stub
import builtins
try:
    memoryview(b"")
except TypeError:
    # pyjama has no memoryview yet; re._compiler only casts bytes to 32-bit words with it
    class memoryview:
        itemsize = 4

        def __init__(self, b):
            self.b = bytes(b)

        def cast(self, fmt):
            return self

        def __len__(self):
            return len(self.b) // 4

        def tolist(self):
            return [int.from_bytes(self.b[i:i + 4], "little") for i in range(0, len(self.b), 4)]

    builtins.memoryview = memoryview
import re._parser as _parser
import re._compiler as _compiler


def _compile_template(pattern, repl):
    return _sre.template(pattern, _parser.parse_template(repl, pattern))


stub._compile_template = _compile_template
compile = _compiler.compile
I, M, S, X, A = 2, 8, 16, 64, 256

print(_sre.MAGIC == _compiler.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())

CASES = [
    (r"(a+)(b*?)c|d", 0, ["xxaabbbcd", "d", "", "abc abc"]),
    (r"(?P<word>\w+)\s*(?P<num>\d+)?", 0, ["hello 42 world", "  ", "x9"]),
    (r"^(\w+)$", M, ["one\ntwo\n\nthree"]),
    (r"(?i)straße|σ+", 0, ["STRASSE Straße ΣΣσς"]),
    (r"(?a)\w+|\s", 0, ["héllo wörld"]),
    (r"(?s).+?(?=\n|$)", 0, ["a\nbc\n"]),
    (r"(?<=-)\w+(?!-)", 0, ["tic-tac-toe"]),
    (r"(a)?(?(1)b|c)", 0, ["ab c b ac"]),
    (r"(?>a+)b|a++c|(?:ab)*+", 0, ["aaab aac ababx"]),
    (r"\b\w{2,3}\b", 0, ["a bb ccc dddd ee"]),
    (r"(\d+)(?:[.,](\d+))?", 0, ["1,5 22 3.14 .5"]),
    (r"x*", 0, ["axxb", ""]),
    (r"[\U0001F600-\U0001F64F]+", 0, ["hi \U0001F600\U0001F601 there"]),
    (r"[а-я]+|[A-Z]+", I, ["Привет World мир"]),
]

for pat, flags, subjects in CASES:
    p = compile(pat, flags)
    print(repr(p), p.pattern == pat, p.flags, p.groups, sorted(p.groupindex.items()))
    for s in subjects:
        m = p.search(s)
        if m:
            print(" search", repr(s), m, m.span(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup, m.regs)
            print("  group", m.group(), m[0], m.group(0, *range(1, p.groups + 1)), m.start(), m.end())
        else:
            print(" search", repr(s), m)
        print(" match", p.match(s), "fullmatch", p.fullmatch(s))
        print(" findall", p.findall(s))
        print(" finditer", [m.span() for m in p.finditer(s)])
        print(" split", p.split(s), p.split(s, 1))
        print(" sub", repr(p.sub("<>", s)), p.subn("#", s, 2))
        print(" pos", p.search(s, 1), p.search(s, 2, 5), p.findall(s, 1, -1))

p = compile(rb"(?P<k>\w+)=(?P<v>[^;]*)", 0)
print(p, p.findall(b"a=1;bb=;c=x y"), p.sub(rb"\g<v>:\g<k>", b"a=1;bb=;c=x y"))
m = p.search(bytearray(b"  key=value"))
print(m, m.group("k"), m["v"], m.string, m.re is p, m.pos, m.endpos)
print(compile(rb"(?L)\w+", 0), compile(rb"(?i)[a-z]", 0).findall(b"aBc\xe9"))
print(compile(r"a", I | M | S | X), compile(r"a", A), compile(rb"a", 0), compile(r"a", 0))

# sub with templates, callables and None results
p = compile(r"(\w)(\w*)", 0)
print(p.sub(r"\2\1ay", "pig latin words"))
print(p.sub(lambda m: m.group(2).upper() + m.group(1), "call backs"))
print(p.subn(r"[\g<0>]", "a bc def", count=2))
print(compile(r"(a)|b", 0).sub(r"[\1]", "abab"))
print(compile(r"x*", 0).sub("-", "abxd"), compile(r"", 0).split("abc"))
print(p.search("hello").expand(r"\2-\1 \g<0>"))

# the scanner
sc = compile(r"\d+|[a-z]+", 0).scanner("12ab 3")
print(sc.pattern.pattern, sc.match(), sc.match(), sc.match(), sc.search(), sc.search())

# patterns compare and hash by value
a, b = compile(r"a+", 0), compile(r"a+", 0)
print(a == b, a != b, hash(a) == hash(b), a == compile(r"a+", I), a == compile(rb"a+", 0))
# (copy.copy and copy.deepcopy call these; the copy module needs types, which pyjama cannot import yet)
print(a.__copy__() is a, a.__deepcopy__({}) is a)
m = a.match("aa")
print(m.__copy__() is m, m.__deepcopy__({}) is m, type(a).__name__, type(m).__name__, type(sc).__name__)
print(repr(compile("x" * 300, 0))[:30], len(repr(compile("y" * 300, 0))))
print(compile(r".+", 0).match("z" * 100))
