# Where CPython asks a Python class for a length hint before iterating it (list(), tuple(),
# sorted(), list.extend, [*x], str.join, f(*x)) a profiler sees __len__ / __length_hint__ called;
# where it only iterates (deque, set.update, sum, fsum) it does not. An error from __len__ other
# than TypeError propagates; a TypeError falls back to __length_hint__ or the default.
import cProfile, pstats, collections, math

class Bag:
    def __iter__(self): return iter([1, 2])
    def __len__(self): return 2

class Hinted:
    def __iter__(self): return iter(["a", "b"])
    def __length_hint__(self): return 5

class Bad:
    def __iter__(self): return iter([1])
    def __len__(self): raise ValueError("len failed")

class TypeErr:
    def __iter__(self): return iter([3])
    def __len__(self): raise TypeError("no len")
    def __length_hint__(self): return NotImplemented

class Negative:
    def __iter__(self): return iter([4])
    def __length_hint__(self): return -1

class NotInt:
    def __iter__(self): return iter([5])
    def __length_hint__(self): return "x"

def f(*a): return a

def counts(work):
    pr = cProfile.Profile()
    pr.enable()
    work()
    pr.disable()
    return sorted((k[2], v[0]) for k, v in pstats.Stats(pr).stats.items() if k[2] in ("__len__", "__length_hint__", "__iter__"))

print("list", counts(lambda: list(Bag())))
print("tuple", counts(lambda: tuple(Bag())))
print("sorted", counts(lambda: sorted(Bag())))
print("extend", counts(lambda: [].extend(Bag())))
print("star", counts(lambda: [*Bag()]))
print("call", counts(lambda: f(*Bag())))
print("join", counts(lambda: "-".join(Hinted())))
print("hinted", counts(lambda: list(Hinted())))
print("deque", counts(lambda: collections.deque(Bag())))
print("set", counts(lambda: set().update(Bag())))
print("sum", counts(lambda: sum(Bag())))
print("fsum", counts(lambda: math.fsum(Bag())))
for cls in (Bad, TypeErr, Negative, NotInt):
    for make in (list, tuple, sorted):
        try:
            print(cls.__name__, make.__name__, make(cls()))
        except Exception as e:
            print(cls.__name__, make.__name__, type(e).__name__, e)

class T(tuple):
    def __iter__(self): return iter(("own",))
print("tuple subclass star", f(*T((1, 2))), [*T((1, 2))])
