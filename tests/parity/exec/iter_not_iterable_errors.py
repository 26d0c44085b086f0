for v in (5, None, 3.5):
    try:
        iter(v)
    except TypeError as e:
        print(e)
try:
    for x in 5:
        pass
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
