# textwrap, keyword and fnmatch: pure-Python modules that lean on re and str methods.
import fnmatch
import keyword
import textwrap

text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=40, placeholder=" [...]"))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")))
print(textwrap.indent("x\n\ny\n", "> "), textwrap.indent("x\ny", "+", lambda l: "y" in l))
w = textwrap.TextWrapper(width=12, break_long_words=False, max_lines=3, placeholder="..")
print(w.wrap("supercalifragilistic word word word word word"))
print(textwrap.wrap("a\tb c", 4, expand_tabs=True, tabsize=2), textwrap.wrap("hyphen-ated-words here", 8))
print(textwrap.wrap("", 5), textwrap.fill("  lead   spaces  ", 8, drop_whitespace=False))

print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"))
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)

names = ["a.py", "b.txt", "C.PY", "data1.csv", "data22.csv", "[x].md", ".hidden"]
print(fnmatch.filter(names, "*.py"), fnmatch.filter(names, "data?.csv"), fnmatch.filter(names, "[[]x].md"))
print(fnmatch.fnmatch("C.PY", "*.py"), fnmatch.fnmatchcase("C.PY", "*.py"), fnmatch.fnmatch("x", "[!a-c]"))
print(fnmatch.translate("*.[ch]"), fnmatch.translate("a?b[!x-z]*"), fnmatch.translate("[]]"))
