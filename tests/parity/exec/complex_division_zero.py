try:
    (1 + 1j) / 0
except ZeroDivisionError as e:
    print(e)
print((1 + 2j) / (3 - 4j), 2 ** (1j), (1j) ** (1j))
