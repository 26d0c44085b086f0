print(7 / 2, 1 / 3, 2 ** 60 / 3, 10 ** 30 / 10 ** 10, -1 / 3)
print(2 ** 1000 / 2 ** 999, (10**400 + 1) // 10**399)
try:
    10 ** 400 / 1
except OverflowError as e:
    print(e)
print(10**400 // 10**399 / 3)
