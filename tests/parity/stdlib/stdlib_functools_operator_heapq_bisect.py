# The C accelerators of functools, operator, heapq and bisect (_functools, _operator, _heapq,
# _bisect in Java): results, reprs, pickling, cache statistics and CPython's error messages.
import _operator as o, _heapq, _bisect, operator, heapq, bisect, pickle
print(operator.add, heapq.heappush, bisect.insort)
for f in [lambda: o.add(1), lambda: o.neg(), lambda: o.truth(), lambda: o.index(1.5), lambda: o.length_hint(), lambda: o.length_hint([],'a'), lambda: o.call(), lambda: o.indexOf([1],2), lambda: o.countOf(1,2), lambda: o.concat(1,2),lambda: o.iconcat([1],2), lambda: o.itemgetter(), lambda: o.itemgetter(1)(), lambda: o.attrgetter(1), lambda: o.methodcaller(), lambda: o.methodcaller(1), lambda: o.itemgetter(1,2), lambda: o.attrgetter('a.b','c'), lambda: o.methodcaller('f',1,x=2).__reduce__(), lambda: o.methodcaller('f',1).__reduce__(), lambda: o.attrgetter('a.b').__reduce__(), lambda: o.itemgetter(1).__reduce__(),lambda: o.methodcaller('f',1,x=2), lambda: o.setitem(1,2), lambda: o.contains(1,2), lambda: o.pow(2,3), lambda: o.not_(0), lambda: o.is_(1,1), lambda: o.length_hint([1, 2]), lambda: o.itemgetter(1,k=1), lambda: o.attrgetter('a')(1), lambda: o.attrgetter.__name__, lambda: o.itemgetter(1).__text_signature__, lambda: type(o.itemgetter(1)).__module__, lambda: o.itemgetter.__qualname__,
  lambda: _heapq.heappush(1,2), lambda: _heapq.heappop([]), lambda: _heapq.heappush([],1,2), lambda: _heapq.heappop(), lambda: _heapq.heapify(x=1), lambda: _bisect.bisect_left([1],2,-1), lambda: _bisect.bisect_left([1],2,0,5), lambda: _bisect.bisect_left([1],2,lo='a'), lambda: _bisect.bisect_left([1]), lambda: _bisect.insort_left((1,),2),lambda: _bisect.bisect_right([1],2,hi=None,key=None, x=1),lambda: _bisect.bisect_right([1],2,hi=-5), lambda: _bisect.bisect_right(a=[1],x=2,hi=-5,lo=3), lambda: _bisect.bisect({}, 1), lambda: _bisect.bisect_left(5, 1),
  lambda: o.iadd([1], [2]), lambda: o.imul([1], 2), lambda: o.ior({1}, {2}), lambda: o.matmul(1, 2), lambda: o.methodcaller('split', ',', maxsplit=1)('a,b,c'), lambda: o.attrgetter('real', 'imag.real')(3), lambda: o.itemgetter(slice(1,None))('abc'), lambda: pickle.loads(pickle.dumps(o.methodcaller('f',1,x=2))), lambda: pickle.loads(pickle.dumps(o.itemgetter(1,2)))]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
import random
random.seed(5)
h = []
for i in range(3000): heapq.heappush(h, random.random())
heapq.heapify(h)
print(len(h), sum(heapq.heappop(h) for _ in range(10)))
x = [random.randrange(100) for _ in range(3000)]
heapq.heapify(x); print(x[:10]); heapq._heapify_max(x); print(x[:10], heapq._heappop_max(x), heapq._heapreplace_max(x, 50), x[:5])
print(heapq.nlargest(3, x), heapq.nsmallest(3, x), list(heapq.merge([1,3],[2,4])))
a = []
for v in [5, 1, 3, 3, 2]: bisect.insort(a, v); bisect.insort_left(a, v, key=lambda z: z)
print(a, bisect.bisect(a, 3), bisect.bisect_left(a, 3), bisect.bisect_right(a, 3, 0, 4))
class L(list):
    def insert(self, i, v): print("insert", i, v); super().insert(i, v)
bisect.insort(L([1, 2]), 1.5)
import functools, warnings, pickle, copy
warnings.simplefilter("always")
class A:
    f = functools.partial(print, 1)
A().f
print(hasattr(functools.partial, '__get__'), functools.reduce, functools.partial)
p = functools.partial(print, 1, sep='-')
print(p.__reduce__(), type(p).__module__, functools.partial.__module__)
print(repr(functools.partial(functools.partial(print, 1), 2, end='')))
class P(functools.partial): pass
q = P(p, 3); print(repr(q), q.func, q.args, q.keywords)
q.x = 1; print(P(q, 4).args, q.__reduce__())
for f in [lambda: functools.partial(), lambda: functools.partial(1), lambda: p.__setstate__((1,2)), lambda: functools.partial.__new__(functools.partial),
          lambda: functools.reduce(1), lambda: functools.reduce(1, 2), lambda: functools.reduce(1, []), lambda: functools.reduce(f=1),
          lambda: functools.cmp_to_key(), lambda: hash(functools.cmp_to_key(len)(3)), lambda: functools.cmp_to_key(len)(1) < 1]:
    try: print(f())
    except TypeError as e: print(e)
k = functools.cmp_to_key(lambda a, b: a - b)
print(type(k), k(3) < k(4), k(3).obj, sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(functools.reduce(lambda a, b: a * b, range(1, 10)), functools.reduce(lambda a, b: a + b, [], 7))
pp = functools.partial(dict, a=1)
print(pp(b=2), pp(a=3), pickle.loads(pickle.dumps(pp))(c=4), copy.copy(pp), copy.deepcopy(pp))
def g(*a, **k): return a, k
r = functools.partial(g, 1, x=1); r.attr = 5
r2 = pickle.loads(pickle.dumps(r)); print(r2(2, y=2), r2.attr, r2.__dict__)
calls = []
@functools.lru_cache(maxsize=2)
def f(x, y=0):
    calls.append(x); return x * 2 + y
print([f(i % 3) for i in range(7)], f.cache_info(), calls)
print(f(1, y=1), f(1, y=1), f(1), f.cache_info(), f.cache_parameters(), f.__name__, f.__wrapped__.__name__)
f.cache_clear(); print(f.cache_info())
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.lru_cache(maxsize=0)
def z(x): return x
print(z(1), z(1), z.cache_info())
@functools.lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
@functools.lru_cache
def u(x): return x
print(u(1), u(1.0), u.cache_info(), u.cache_parameters(), u.__reduce__())
class C:
    @functools.lru_cache
    def m(self, x): return (self.__class__.__name__, x)
    @functools.cached_property
    def cp(self): return 42
c = C(); print(c.m(1), c.m(1), C.m.cache_info(), c.cp, type(C.m), functools._lru_cache_wrapper)
try: functools._lru_cache_wrapper(1, 2, False, None)
except TypeError as e: print(e)
try: functools.lru_cache("x")
except TypeError as e: print(e)
print(pickle.loads(pickle.dumps(u)) is u, copy.deepcopy(u) is u)
sm = functools.singledispatch(lambda x: "obj")
sm.register(int, lambda x: "int")
print(sm(1), sm("a"), functools.partialmethod)
class D:
    def h(self, a, b): return a + b
    pm = functools.partialmethod(h, 10)
print(D().pm(5))
