def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(60))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
print(len(str(fact(300))))
