try:
    [1, 2, 3][::0]
except ValueError as e:
    print(e)
print([1, 2, 3][-1:-5:-1], 'abc'[5:1:-1], (1, 2, 3)[::-2])
