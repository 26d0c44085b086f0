# Non-ASCII string constants: Latin-1, BMP, astral characters, named escapes
a = "café"
b = "日本語"
c = "emoji 😀"
d = "\N{GREEK SMALL LETTER ALPHA}\u03b2\U0001F600"
e = "\xe9\xff"
