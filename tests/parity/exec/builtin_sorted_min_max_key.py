people = [('ann', 31), ('bob', 25), ('cy', 31), ('di', 22)]
print(sorted(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max('apple', 'fig', 'banana', key=len), min([], default=None))
