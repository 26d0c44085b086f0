inf = float('inf')
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, inf > 1e308)
print(1e308 * 10, -1e308 * 10, 5e-324 / 2, 0.1 * 3, 1.1 + 2.2)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, 0.0 % 5)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
print((-8.0) ** (1/3))
