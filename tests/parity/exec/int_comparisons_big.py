a = 2**100
print(a > a - 1, a == 2**100, -a < a, a != a + 0, sorted([a, -a, 0, 1, -1]))
print(max(2**64, 2**63 * 2), min(-2**64, -2**65))
print(abs(-a) == a, a.__abs__() is not None)
