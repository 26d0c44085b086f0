# copy.copy, deepcopy, __reduce__ and __setstate__ of itertools.chain, islice and cycle (3.13: deprecated, still supported)
import copy, itertools, warnings
warnings.simplefilter("ignore")
def show(it):
    r = it.__reduce__()
    print(type(it).__name__, r[0].__name__, r[1:])
c = itertools.chain("ab", "cd"); show(c); next(c); show(c); print(list(copy.copy(c)), list(c)); show(c)
c = itertools.chain.from_iterable(["xy", "z"]); next(c); print(list(copy.deepcopy(c)))
s = itertools.islice(range(10), 2, 8, 2); show(s); next(s); show(s); print(list(copy.copy(s)), list(s)); show(s)
s = itertools.islice("abcdef", 3); next(s); print(list(copy.copy(s)), list(s)); show(s)
s = itertools.islice("abc", 1, None); show(s); print(list(copy.copy(s)))
y = itertools.cycle("abc"); show(y); print([next(y) for i in range(2)]); show(y)
y2 = copy.copy(y); print([next(y2) for i in range(7)], [next(y) for i in range(7)])
show(y)
y3 = copy.deepcopy(y); print([next(y3) for i in range(5)])
y = itertools.cycle([]); print(list(y)); show(y)
try:
    itertools.chain().__setstate__(1)
except TypeError as e: print(e)
try:
    itertools.chain().__setstate__(([1],))
except TypeError as e: print(e)
try:
    itertools.cycle("a").__setstate__(1)
except TypeError as e: print(e)
