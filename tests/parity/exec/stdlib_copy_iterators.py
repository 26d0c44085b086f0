# copy.copy, copy.deepcopy and pickle of the built-in iterators: __reduce__ and __setstate__
import copy
import pickle

def show(it):
    try:
        r = it.__reduce__()
        print(type(it).__name__, r[0].__name__ if hasattr(r[0], '__name__') else r[0], r[1:])
    except Exception as e:
        print(type(it).__name__, "ERR", type(e).__name__, e)

l = [1, 2, 3]
it = iter(l); next(it); show(it)
c = copy.copy(it); print(next(c), next(it), list(c), list(it)); show(it)
it = reversed(l); next(it); show(it); show(reversed([]))
it = iter((1, 2)); next(it); show(it)
it = iter("abc"); next(it); show(it)
it = iter("ab\u1234"); next(it); show(it)
it = iter(b"abc"); next(it); show(it)
it = iter(range(2, 20, 3)); next(it); show(it)
it = iter(range(10**20, 10**20+5)); next(it); show(it)
it = iter({1, 2, 3}); next(it); show(it)
d = {"a": 1, "b": 2, "c": 3}
for it in (iter(d), iter(d.values()), iter(d.items()), reversed(d), reversed(d.values()), reversed(d.items())):
    next(it); show(it)
class S:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i
it = iter(S()); next(it); show(it)
it = iter(lambda: 1, 2); show(it)
it = enumerate("ab", 3); next(it); show(it)
show(zip("ab", "cd")); show(zip("ab", "cd", strict=True))
show(map(str, [1])); show(filter(None, [1]))
it = reversed("abc"); next(it); show(it)
for it in (iter(l), iter((1,)), iter("a"), iter(b"a"), iter(range(1))):
    list(it); show(it)
for obj in [iter([1, 2, 3]), iter(range(5)), iter((4, 5)), iter("xyz"), iter({1: 2}), enumerate("ab")]:
    next(obj)
    p = pickle.loads(pickle.dumps(obj))
    print(type(p).__name__, list(p), list(copy.deepcopy(obj)))
it = iter([1,2,3]); it.__setstate__(-5); print(list(it))
it = iter([1,2,3]); it.__setstate__(2); print(list(it))
it = iter([1,2,3]); it.__setstate__(10); print(list(it))
try: iter([1]).__setstate__("x")
except Exception as e: print(type(e).__name__, e)
it = reversed([1, 2, 3]); it.__setstate__(0); print(list(it))
it = reversed([1, 2, 3]); it.__setstate__(7); print(list(it))
it = iter((1, 2, 3)); it.__setstate__(2); print(list(it))
it = iter("abc"); it.__setstate__(1); print(list(it))
it = iter(range(3)); it.__setstate__(2); print(list(it))
it = iter(range(3)); it.__setstate__(-2); print(list(it))
it = iter(range(3)); it.__setstate__(9); print(list(it))
try:
    iter(range(3)).__setstate__("x")
except TypeError as e:
    print("TypeError", e)
it = iter({1, 2, 3}); next(it); c = copy.copy(it); print(list(c), list(it))
z = zip("a", "b", strict=True); z.__setstate__(False); print(z.__reduce__()[2:])
l = [1, 2, 3]; it = iter(l); c = copy.deepcopy(it); l.append(4); print(list(it), list(c))
