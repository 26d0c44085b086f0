# Unary operators on constants are folded: -, +, ~, and 'not' of constants
a = -5
b = +5
c = ~5
d = not 1
e = -(-5)
g = -"s" if x else 0
h = not ()
