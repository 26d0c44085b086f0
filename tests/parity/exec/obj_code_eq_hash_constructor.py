import marshal, types, sys
def f(a, b=2, *args, k, **kw):
    x = [i for i in range(3)]
    def inner(): return a + x[0]
    return inner
c = f.__code__
print(c.replace() == c, c.replace() is c, marshal.loads(marshal.dumps(c)) == c, hash(c.replace()) == hash(c))
print(c == (lambda: 1).__code__, c != c.replace(), c.replace(co_name='zz') == c, c.replace(co_firstlineno=99) == c)
print(c.__eq__(1), c.__lt__(c), (c < c) if False else 'skip')
try: c < c
except TypeError as e: print('TypeError', e)
m = compile('def g():\n  def h(): pass\n  return h\nx = 1.0\ny = -0.0\n', 'm', 'exec')
m2 = compile('def g():\n  def h(): pass\n  return h\nx = 1.0\ny = -0.0\n', 'm', 'exec')
print(m == m2, hash(m) == hash(m2), {m: 1}[m2])
m3 = compile('x = 0.0', 'm', 'exec'); m4 = compile('x = -0.0', 'm', 'exec'); print(m3 == m4)
m5 = compile('x = 1', 'm', 'exec'); m6 = compile('x = True', 'm', 'exec'); print(m5 == m6)
# the constructor
args = (c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_stacksize, c.co_flags,
        c.co_code, c.co_consts, c.co_names, c.co_varnames, c.co_filename, c.co_name, c.co_qualname,
        c.co_firstlineno, c.co_linetable, c.co_exceptiontable, c.co_freevars, c.co_cellvars)
n = types.CodeType(*args)
print(n == c, n.co_varnames, n.co_cellvars, n.co_freevars, n.co_nlocals)
fn = types.FunctionType(n, globals(), 'f2', (2,), None)
fn.__kwdefaults__ = None
print(fn(1, k=3)())
def bad(i, v):
    a = list(args); a[i] = v
    try: types.CodeType(*a); print(i, 'ok')
    except Exception as e: print(i, type(e).__name__, e)
for i, v in [(0, -1), (1, -1), (2, -1), (3, -1), (4, -1), (5, -1), (0, 'x'), (6, 'x'), (6, b'\x00'), (7, [1]), (8, ['a']),
             (8, (1,)), (9, (1,)), (10, 1), (11, b'n'), (12, None), (13, 'x'), (14, 'x'), (15, 1), (16, (2,)), (17, [1]),
             (3, 2), (0, 9), (1, 9), (4, 2**40), (9, ())]:
    bad(i, v)
for a in [args[:15], args + (1,)]:
    try: types.CodeType(*a)
    except TypeError as e: print('TypeError', e)
try: types.CodeType(*args[:16], freevars=())
except TypeError as e: print('TypeError', e)
print(types.CodeType(*args[:16]).co_freevars)
# replace changing how many variables there are
def g(a):
    b = a + 1
    return b
r = g.__code__.replace(co_varnames=('a', 'b', 'extra'), co_nlocals=3)
print(r.co_varnames, r.co_nlocals, types.FunctionType(r, {})(4))
try: g.__code__.replace(co_varnames=('a',))
except ValueError as e: print('ValueError', e)
try: g.__code__.replace(co_varnames=('a', 'b', 'c'))
except ValueError as e: print('ValueError', e)
r2 = f.__code__.replace(co_cellvars=(), co_freevars=())
print(r2.co_cellvars, r2.co_varnames)
