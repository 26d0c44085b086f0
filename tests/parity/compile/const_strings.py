# String constants: empty, ASCII, escapes, and interning-relevant identifiers
a = ""
b = "identifier_like"
c = "with spaces and punctuation!"
d = "quote\"s and 'apostrophes'"
e = "escapes: \n \t \\ \x00 \x7f"
f = 'single'
g = """triple
quoted"""
