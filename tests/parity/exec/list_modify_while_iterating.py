l = [1, 2, 3, 4, 5, 6]
for x in l:
    if x % 2 == 0:
        l.remove(x)
print(l)
l = [1, 2, 3]
for i, x in enumerate(l):
    if i < 3:
        l.append(x * 10)
print(l)
