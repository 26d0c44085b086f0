a = 2 ** 200
b = 3 ** 150
print(a)
print(a * b)
print(a // b, a % b)
print(-a // 7, -a % 7)
print(a - b * 10**10)
print((a * b) // (a - 1))
