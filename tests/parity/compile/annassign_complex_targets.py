# Annotated assignment to attributes, subscripts and parenthesised names (not simple)
obj.attr: int = 1
obj.other: int
seq[0]: str = "a"
seq[1]: str
(name): float = 1.0
(plain): float
