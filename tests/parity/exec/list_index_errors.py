l = [1, 2, 3]
for i in (3, -4):
    try:
        l[i]
    except IndexError as e:
        print(e)
try:
    l[3] = 0
except IndexError as e:
    print(e)
try:
    l['0']
except TypeError as e:
    print(e)
try:
    l[1.0]
except TypeError as e:
    print(e)
