# copy.copy and __reduce__ of itertools objects: 3.13 still supports them, with a DeprecationWarning
import copy
import itertools
import warnings


def show(it):
    try:
        r = it.__reduce__()
        print(type(it).__name__, r[0].__name__, r[1:])
    except Exception as e:
        print(type(it).__name__, "ERR", type(e).__name__, e)


c = itertools.count(5)
next(c)
c2 = copy.copy(c)
print(next(c2), next(c), repr(c2))
print(list(copy.copy(itertools.repeat("x", 2))))
print(next(copy.deepcopy(itertools.count(2.5, 0.5))))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    show(itertools.count(5, 2))
    show(itertools.count(1.5))
    show(itertools.count())
    show(itertools.count(2**70))
    show(itertools.repeat(1, 3))
    show(itertools.repeat(1))
    show(itertools.starmap(pow, [(1, 2)]))
    show(itertools.takewhile(bool, [1]))
    show(itertools.dropwhile(bool, [1]))
    show(itertools.filterfalse(None, [1]))
    show(itertools.compress("ab", [1, 0]))
    show(itertools.pairwise("abc"))
    show(itertools.batched("abc", 2))
    t = itertools.takewhile(lambda x: x < 2, [1, 2, 3])
    print(list(t))
    show(t)
    d = itertools.dropwhile(lambda x: x < 2, [1, 2, 3])
    print(next(d))
    show(d)
    t = itertools.takewhile(bool, [1, 2])
    t.__setstate__(True)
    print(list(t))
print(len(w), sorted({(x.category.__name__, str(x.message)) for x in w}))
warnings.simplefilter("always")
show(itertools.count(7))
copy.copy(itertools.repeat(None))
