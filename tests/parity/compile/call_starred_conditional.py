# A starred conditional expression as an argument
print(*a if b else c)
f(*(x or y), **(k or {}))
