print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2, 0.5), pow(-8, 1/3))
print(pow(10, 100, 97), pow(0, 0), 0 ** 0, (-1) ** 0.5)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
