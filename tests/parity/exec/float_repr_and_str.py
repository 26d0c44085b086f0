vals = [0.1, 0.1 + 0.2, 1e16, 1e15, 1.0, -0.0, 1e-5, 0.0001, 123456789.123456789, 1e22, 1.5e300 * 1e10]
for v in vals:
    print(repr(v), str(v))
print(float('inf'), float('-inf'), float('nan'), -float('nan'))
print(2.0 ** 0.5, 1/3, 2/3, 100.0, 3.14159e-10)
