print(round(15, -1), round(25, -1), round(-25, -1), round(123456, -3), round(5, 2))
print(abs(-0), abs(-2**80), type(round(7.0)).__name__, round(7.5), round(8.5))
