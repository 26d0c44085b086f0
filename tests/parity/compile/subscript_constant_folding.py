# The AST optimiser folds subscripts of constants ('abc'[1], (1, 2)[0])
a = "abc"[1]
b = (1, 2, 3)[-1]
c = b"xyz"[0]
d = "hello"[1:3]
e = (1, 2, 3)[1:]
