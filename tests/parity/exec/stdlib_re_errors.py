# Errors of _sre, with CPython's types and messages: wrong subject types, missing groups,
# bad arguments, bad templates; and the re.error the parser raises (CPython's re package
# runs on pyjama's _sre; a bare package module stands in for re/__init__.py).
import sys
import _sre
stdlib = [p for p in sys.path if p.endswith("python3.13")][0]
stub = type(sys)("re")
stub.__path__ = [stdlib + "/re"]
sys.modules["re"] = stub
import re._parser as _parser
import re._compiler as _compiler


def _compile_template(pattern, repl):
    return _sre.template(pattern, _parser.parse_template(repl, pattern))


stub._compile_template = _compile_template
compile = _compiler.compile


def check(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))


p = compile(r"(?P<a>x)(y)?", 0)
m = p.match("xz")
check("str pattern, bytes subject", p.match, b"xy")
check("bytes pattern, str subject", compile(rb"x", 0).search, "x")
check("int subject", p.search, 42)
check("None subject", p.findall, None)
check("group 3", m.group, 3)
check("group -1", m.group, -1)
check("group 'b'", m.group, "b")
check("group 1.0", m.group, 1.0)
check("group 'a', 5", m.group, "a", 5)
check("start 'nope'", m.start, "nope")
check("span []", m.span, [])
check("m[7]", m.__getitem__, 7)
check("group big", m.group, 2 ** 100)
check("groups default", m.groups, "-")
check("groupdict default", m.groupdict, default=0)
check("lastgroup", lambda: (m.lastindex, m.lastgroup))
check("unset group", m.group, 2)
check("unset span", m.span, 2)
check("match no args", p.match)
check("match keyword", p.match, string="xy", pos=1)
check("match bad keyword", p.match, "x", stop=3)
check("match too many", p.match, "x", 0, 1, 2)
check("match pos str", p.match, "x", "0")
check("match pos big", p.match, "x", 2 ** 70)
check("search negative pos", p.search, "axy", -5, 100)
check("sub count keyword", p.sub, "-", "xyx", count=1)
check("split maxsplit keyword", compile(r",", 0).split, "a,b,c", maxsplit=1)
check("split negative", compile(r",", 0).split, "a,b,c", -1)
check("sub callable bad result", p.sub, lambda m: 5, "xy")
check("sub bytes repl for str", p.sub, b"-", "xy")
check("sub bad group", p.sub, r"\3", "xy")
check("sub bad group name", p.sub, r"\g<zz>", "xy")
check("sub unmatched group", p.sub, r"[\2]", "x")
check("sub bytearray repl", compile(rb"a", 0).sub, bytearray(b"\\n"), b"bab")
check("expand bad", m.expand, r"\9")
check("template odd", _sre.template, "x", ["a", 1])
check("template negative", _sre.template, "x", ["a", -1, "b"])
check("template not list", _sre.template, "x", ("a",))
check("compile code tuple", _sre.compile, "x", 0, (1,), 0, {}, ())
check("compile negative word", _sre.compile, "x", 0, [-1], 0, {}, ())
check("compile huge word", _sre.compile, "x", 0, [2 ** 32], 0, {}, ())
check("compile missing", _sre.compile, "x", 0, [1])
check("compile keywords", lambda: _sre.compile(pattern=None, flags=0, code=[1], groups=0, groupindex={},
                                               indexgroup=()).match("abc"))
check("ascii_iscased", lambda: [_sre.ascii_iscased(c) for c in (65, 97, 49, 233, 0x212a)])
check("unicode_iscased", lambda: [_sre.unicode_iscased(c) for c in (65, 49, 233, 0x212a, 0x1f600, 0x3c2)])
check("ascii_tolower", lambda: [_sre.ascii_tolower(c) for c in (65, 90, 97, 201, 0x130)])
check("unicode_tolower", lambda: [_sre.unicode_tolower(c) for c in (65, 201, 0x130, 0x212a, 0x1e9e, 0x10400)])
check("tolower str", _sre.unicode_tolower, "A")
check("tolower none", _sre.ascii_tolower)
check("tolower keyword", _sre.ascii_tolower, character=65)
check("getcodesize arg", _sre.getcodesize, 1)
check("Pattern()", type(p))
check("Match()", type(m))
check("Pattern < Pattern", lambda: p < p)
check("Pattern == str", lambda: p == "x")
check("scanner twice", lambda: [p.scanner("xyx").search() for _ in range(2)])
check("scanner keyword", lambda: p.scanner(string="xx", pos=1).match())
check("groupindex is a copy", lambda: p.groupindex["a"])
check("Pattern[str]", lambda: type(p)[str])
for bad in [r"(", r"a{2,1}", r"[b-a]", r"(?P<1>x)", r"\k", r"*", r"(?<=a+)b", r"(?P=nope)", r"x{99999999999}"]:
    check("compile " + repr(bad), compile, bad, 0)

# code words CPython's validator refuses (and two it accepts)
for words, groups in [([], 0), ([0], 0), ([1], 0), ([17, 1, 1], 0), ([17, 2, 1], 0), ([6, 99, 1], 0),
                      ([15, 0, 1], 0), ([7, 0, 1], 0), ([24, 4, 2, 1, 2, 1], 0), ([24, 6, 0, 3, 16, 97, 1, 1], 0),
                      ([13, 2, 0, 1], 0), ([13, 3, 99, 0, 1], 0), ([11, 0, 1], 0), ([11, 0, 1], 1), ([25, 1], 0),
                      ([14, 4, 8, 0, 0, 1], 0), ([14, 5, 0, 1, 1, 16, 97, 1], 0), ([16, 97, 1], -1),
                      ([12, 0, 4, 16, 97, 1], 1), ([4, 5, 0, 16, 97, 1, 1], 0), ([27, 4, 16, 97, 1, 1], 0)]:
    check("compile %s %d" % (words, groups), lambda: _sre.compile("x", 0, words, groups, {}, ()).match("ab"))
