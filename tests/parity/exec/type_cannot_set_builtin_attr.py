try:
    int.foo = 1
except TypeError as e:
    print(e)
try:
    list.append = None
except TypeError as e:
    print(e)
try:
    'abc'.upper = None
except AttributeError as e:
    print(e)
