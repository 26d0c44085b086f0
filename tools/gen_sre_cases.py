"""Write the engine cases of pyjama's _sre tests from CPython 3.13.

For each pattern of the table below (str patterns, and bytes patterns with and without
re.LOCALE), CPython's own re._parser and re._compiler produce the code words that pyjama's
_sre.compile receives; then CPython's _sre runs match, fullmatch, search (at pos 0, and at a
later pos with an endpos) and finditer over every subject of the pattern's kind, and the
results are recorded. dev.pyjama.modules.sre.SreEngineTest feeds the same words and subjects
to pyjama's engine and compares.

File format (one record a line, numbers in decimal, characters as hex code points):
  P <flags> <groups> <isbytes> <code words...>        a pattern (the line before: "# repr")
  S <chars,...>                                       a subject, then its results:
  R <op> <pos> <endpos> <marks...> | <lastindex>      op match/fullmatch/search; "none" if no match
  I <pos> <endpos> <marks...> ; <marks...> ; ...      the spans of every finditer match

marks are start and end of group 0, 1, 2, ... (-1 -1 for a group that did not take part).

Usage (from the project root):
  PYENV_VERSION=3.13.0 python3.13 tools/gen_sre_cases.py
"""

import os
import re
import re._compiler as compiler
import re._parser as parser

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "src", "test",
                   "resources", "dev", "pyjama", "modules", "sre", "sre-cases.txt")

PATTERNS = [
    r"a", r"abc", r"a.c", r"a..", r".", r"a|b", r"ab|cd|ef", r"a*", r"a+", r"a?", r"a*?", r"a+?",
    r"a??", r"a{2}", r"a{2,}", r"a{,2}", r"a{1,3}", r"a{1,3}?", r"(a)", r"(a)(b)?", r"(a|b)*",
    r"(a|b)+c", r"(?:ab)*", r"(?:ab)+?c", r"(ab)*?c", r"(a*)*", r"(a*)+", r"(a|)*b", r"(a?)*?b",
    r"x*", r"x*?", r"^", r"$", r"^a", r"a$", r"^$", r"\Aa", r"c\Z", r"\bw", r"\Bo", r"o\b",
    r"\b", r"\B", r"\d", r"\d+", r"\D+", r"\s+", r"\S+", r"\w+", r"\W+", r"[abc]", r"[^abc]",
    r"[a-z]+", r"[^a-z]+", r"[A-Za-z0-9_]+", r"[\d\s]+", r"[^\w]", r"[.]", r"[-a]", r"[a-]",
    r"[\]]", r"[éÉ]", r"[À-Ö]+", r"[а-я]+", r"[\u4e00-\u9fff]+", r"[^\u0430-\u044f]+",
    r"[a-zа-я日]+", r"[\U0001F600]", r"\U0001F600", r".\U0001F600.", r"[\w\U0001F600]+",
    r"(\w+) (\w+)", r"(?P<first>\w+) (?P<last>\w+)", r"(?P<x>a)|(?P<y>b)", r"(a)|(b)|(c)",
    r"(a)(?:b)(c)", r"((a)b)c", r"((a)|b)+", r"(a)\1", r"(a+)b\1", r"(\w)\1", r"(?P<c>.)(?P=c)",
    r"(a)?(?(1)b|c)", r"(?:(a)|x)(?(1)b|y)", r"(?P<q>')?\w+(?(q)')", r"a(?=b)", r"a(?!b)",
    r"(?<=a)b", r"(?<!a)b", r"(?<=ab)c", r"(?<!^)a", r"\w+(?=,)", r"(?=(\w+))", r"(?!a)\w",
    r"(?>a+)b", r"(?>a+)a", r"(?>ab|a)b", r"a*+", r"a++", r"a?+", r"a{1,2}+", r"a*+a", r"(?:ab)*+",
    r"(?:ab)++c", r"(?:a|ab)++c", r"(a|ab)*+c", r"(?:a{2})*+", r"\d++\.", r"[ab]*+b",
    r"(?i)a", r"(?i)abc", r"(?i)[a-c]+", r"(?i)[^a]", r"(?i)é", r"(?i)É+", r"(?i)[à-ö]+",
    r"(?i)σ", r"(?i)Σ+", r"(?i)[α-ω]+", r"(?i)ß", r"(?i)ſ", r"(?i)s", r"(?i)k", r"(?i)K",
    r"(?i)\u212a", r"(?i)i", r"(?i)İ", r"(?i)ı", r"(?i)(a)\1", r"(?i)(é)\1", r"(?i)[ǅ]",
    r"(?i)x*", r"(?i)[^b]+", r"(?i)ab|cd", r"(?ia)é", r"(?ia)[a-z]+", r"(?ia)k", r"(?ia)(a)\1",
    r"(?a)\w+", r"(?a)\d+", r"(?a)\s+", r"(?a)\b\w+\b", r"(?a)\W+", r"(?a)[\w]+",
    r"(?m)^\w+", r"(?m)\w+$", r"(?m)^$", r"(?s).+", r".+", r"(?s)a.b", r"a.b", r"(?x) a  b # c",
    r"(?m)^", r"(?m)$", r"\n", r"[\n]", r"\r?\n", r"(?s)(.)(.)",
    r"\w+@\w+\.com", r"<(\w+)>.*?</\1>", r"<(\w+)>(.*)</\1>", r"(tic|tac|toe)-?",
    r"(?:(\d+)\s*)+", r"(\d+)(?:\s+(\d+))*", r"((\w)(\w))+", r"(a(b(c)))", r"(a)|b",
    r"(?:a|b|c|d|e)+", r"(?:foo|bar|baz)", r"hello|world", r"o w", r"l+", r"l{2}o",
    r"(?:)", r"()", r"(|a)+", r"(?:a*)*b", r"(?:a?)+?c", r"(a{0,3})*", r"(?:a{2,3}){2}",
    r"[^\n]+", r"[\s\S]", r"[^\s\S]", r"[\w.-]+@[\w.-]+", r"\.", r"\\", r"\(\)", r"a\|b",
    r"(?P<n>\d)(?P<m>\d)?", r"(?:x(?P<z>y)?)+", r"(a)(?=(b))", r"(?<=(a))b", r"(?!(a))b",
    r"\x41", r"\101", r"[\x00-\x1f]", r"\t", r"[^\x00-\x7f]+", r"[\u00e9]", r"é+", r"ß",
    r"Σ", r"[ΣΑ-Ω]+", r"абв", r"日本", r"[ぁ-ん]+", r"\u2028", r".\u2028", r"(?s).\u2028",
    r"(?u)\w", r"\w\W\w", r"[^\W\d]+", r"[\D]+", r"\S\s\S",
    r"(?:(?:a|b)(?:c|d))+", r"(?:ab|a)(?:bc|c)", r"(a|ab)(c|bcd)(d*)", r"(.*)(\d+)",
    r"(.*?)(\d+)", r"(.+)(.+)", r"(a+|b+)*c", r"(?:a+?)+?b", r"a{3,}?", r"a{0}", r"(?:ab){0}",
    r"^(?:a|ab)*c$", r"(\w+)\s(?=\1)", r"(?i:a)b", r"a(?i:b)c", r"(?-i:a)", r"(?i)(?-i:a)b",
    r"(?i)[^\W]+", r"(?i)\w+", r"(?i)[k-m]+", r"(?i)[\u0400-\u04ff]+",
]

BYTES_PATTERNS = [
    rb"a", rb"abc", rb"a.c", rb"[a-z]+", rb"\d+", rb"\w+", rb"\s+", rb"\W+", rb"(?i)abc",
    rb"(?i)[a-c]+", rb"(?i)\xe9", rb"\xe9", rb"[\xe0-\xff]+", rb"(a)(b)?", rb"(a|b)*c",
    rb"\bw\w+", rb"(?m)^\w+$", rb"(?s).+", rb"(\w)\1", rb"(?i)(a)\1", rb"a*+", rb"(?>a+)b",
    rb"(?<=a)b", rb"(?=a)", rb"x*", rb"[^a]+", rb"(?x) a b", rb"\x00", rb"[\x80-\xff]",
]

LOCALE_PATTERNS = [
    rb"(?L)\w+", rb"(?L)\W+", rb"(?Li)abc", rb"(?Li)[a-c]+", rb"(?Li)[^b]", rb"(?L)\bw",
    rb"(?Li)(a)\1", rb"(?Li)\xe9", rb"(?Li)x*", rb"(?L)\B", rb"(?Li)[\xe0-\xff]",
]

SUBJECTS = [
    "", "a", "b", "abc", "aaa", "abab", "ababc", "ABC", "aBc", "xyz", "hello world", "foo bar\nbaz",
    "line1\nline2\n", "12 34 56", "a1b2c3", "  spaced  ", "é É À Ö ß ſ K k \u212a", "Σσς ΑΒΓ αβγ",
    "İ ı i I", "straße STRASSE", "ǅ ǆ Ǆ", "абв АБВ", "日本語テキスト ぁあ", "x\u2028y\n",
    "a\U0001F600b", "\U00010400\U00010428", "a" * 10 + "b", "abcabcabc", "((a))", "tic-tac-toe",
    "<a><b></b></a>", "foo.bar@example.com, x", "aab aaab ac", "a,b,,c", "ab\ncd\n\nef",
    "\t\x00\x1f\x7f\x80", "'quoted' word", "1.5 22. 333.4", "abcd", "bcd", "a" * 12, "x" * 30,
]

BYTES_SUBJECTS = [
    b"", b"a", b"abc", b"ABC", b"aBc", b"hello world", b"foo\nbar\n", b"12 34", b"\xe9\xc9 \xe0\xff",
    b"aaab", b"abab c", b"\x00\x01\x80", b"word wide", b"aAbBcC", b"ab" * 10 + b"c",
]

# long subjects check that backtracking never deepens the Java stack: match and fullmatch only
LONG_SUBJECTS = ["ab" * 5000 + "c", "a" * 20000]
LONG_PATTERNS = [r"(a|b)*c", r"(?:a|b)*?c", r"(a)*", r"((a)|b)+c", r"(?:(a)|(b))*+c", r"(?:a|b)*?$"]


def chars(s):
    if isinstance(s, bytes):
        return ",".join("%x" % b for b in s)
    return ",".join("%x" % ord(c) for c in s)


def marks(m):
    out = []
    for i in range(len(m.regs)):
        out.extend(m.span(i))
    return " ".join(map(str, out))


def result(m):
    if m is None:
        return "none"
    return "%s | %s" % (marks(m), -1 if m.lastindex is None else m.lastindex)


def emit(out, pat, flags, subjects, ops=("match", "fullmatch", "search")):
    p = parser.parse(pat, flags)
    code = compiler._code(p, flags)
    compiled = re.compile(pat, flags)
    out.append("# " + ascii(pat))
    out.append("P %d %d %d %s" % (compiled.flags, compiled.groups, isinstance(pat, bytes),
                                  " ".join(str(int(c)) for c in code)))
    for s in subjects:
        out.append("S " + chars(s))
        n = len(s)
        ranges = [(0, n)] if n < 2 else [(0, n), (1, n - 1)]
        for pos, endpos in ranges:
            for op in ops:
                m = getattr(compiled, op)(s, pos, endpos)
                out.append("R %s %d %d %s" % (op, pos, endpos, result(m)))
            if "search" in ops:
                spans = [marks(m) for m in compiled.finditer(s, pos, endpos)]
                out.append("I %d %d %s" % (pos, endpos, " ; ".join(spans)))


def main():
    out = ["# generated by tools/gen_sre_cases.py from CPython 3.13; do not edit"]
    for pat in PATTERNS:
        emit(out, pat, 0, SUBJECTS)
    for pat in BYTES_PATTERNS + LOCALE_PATTERNS:
        emit(out, pat, 0, BYTES_SUBJECTS)
    for pat in LONG_PATTERNS:
        emit(out, pat, 0, LONG_SUBJECTS, ("match", "fullmatch"))
    with open(OUT, "w", encoding="ascii") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
