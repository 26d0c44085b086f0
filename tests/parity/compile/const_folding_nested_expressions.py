# Folding proceeds bottom-up through nested expressions and tuples
a = (1 + 2) * (3 - 4) ** 2
b = ((1, 2) + (3,), -4, "a" * 3)
c = x + (1 + 2)
d = (1 + 2) + x
