r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 11 in r, 12 in r, r.index(14), r.count(5))
print(range(5), range(0), list(range(10, 0, -2)), range(3) == range(0, 3), range(0) == range(5, 5))
print(range(0, 10**20, 7)[-1], range(10**20)[-1], reversed(range(3)).__class__.__name__)
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    r[100]
except IndexError as e:
    print(e)
