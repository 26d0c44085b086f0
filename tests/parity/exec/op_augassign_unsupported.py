x = 'a'
try:
    x -= 1
except TypeError as e:
    print(e)
y = [1]
try:
    y += 5
except TypeError as e:
    print(e)
z = (1,)
try:
    z *= 'a'
except TypeError as e:
    print(e)
