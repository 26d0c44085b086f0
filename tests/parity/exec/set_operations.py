a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, b - a)
print(a.union([9]), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
c = set(a)
c |= {10}; c &= {1, 10, 2}; c -= {2}; c ^= {7}
print(c)
try:
    a | [1]
except TypeError as e:
    print(e)
