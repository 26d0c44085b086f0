import sys
def f():
    x = 1
    print(type(sys._getframe().f_locals).__name__, 'x' in sys._getframe().f_locals, sorted(locals()))
    print(sys._getframe().f_code.co_name, sys._getframe().f_back.f_code.co_name)
exec(f.__code__)
exec(f.__code__, {'sys': sys, 'print': print}, {'x': 5})
def g(a): return a
def h(a, /, b, *, c): pass
def k(*args, **kw): print('k', args, kw, __name__)
for c in (g, h, lambda q: q, k):
    try: print(exec(c.__code__))
    except TypeError as e: print('TypeError', e)
def outer():
    y = 3
    def inner(): print('inner', y)
    return inner
inn = outer()
exec(inn.__code__, globals(), None, closure=inn.__closure__)
def gen():
    print('never')
    yield 1
print(exec(gen.__code__))
exec(k.__code__, {'__name__': 'other', 'print': print})
class C:
    def m(self): pass
try: exec(C.m.__code__)
except TypeError as e: print('TypeError', e)
