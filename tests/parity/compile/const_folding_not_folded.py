# Operations the AST optimiser refuses to fold: division by zero, huge powers, negative shift
a = 1 / 0
b = 1 // 0
c = 1 % 0
d = 1 << -1
e = 2 ** -1
f = (-8) ** 0.5
g = "a" + 1
h = [1] * 3
