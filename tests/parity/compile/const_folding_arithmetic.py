# The AST optimiser folds arithmetic on constants: + - * / // % ** << >> & | ^ @
a = 1 + 2
b = 10 - 3 * 2
c = 7 / 2
d = 7 // 2
e = 7 % 3
f = 2 ** 10
g = 1 << 4
h = 256 >> 2
i = 6 & 3
j = 6 | 3
k = 6 ^ 3
l = "a" + "b"
m = (1, 2) + (3,)
n = 2.5 * 4
