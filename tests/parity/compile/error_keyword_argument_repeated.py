# Compiler error: keyword argument repeated
f(a=1, b=2, a=3)
