tests = ['abc', 'ABC', 'abc123', '123', '١٢٣', '½', ' ', '', 'a b', '_x', 'x1', '1x', 'Σ', '\t\n']
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(), t.isidentifier(), t.isascii(), t.isprintable())
