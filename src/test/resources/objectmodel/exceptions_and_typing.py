e = OSError(2, 'x', 'a', None, 'b')
print(repr(e), str(e), e.args, e.filename2, e.__reduce__())
print(type(OSError(13, 'p')).__name__, type(OSError(99, 'p')).__name__, type(OSError('a')).__name__, OSError('a').errno)
class MyOS(OSError):
    def __init__(self, a, b, c):
        super().__init__(a, b)
m = MyOS(2, 'q', 'z')
print(type(m).__name__, m.errno, m.strerror, m.args, str(m))
try: OSError(2, 'x', foo=1)
except TypeError as x: print(x)
print(FileNotFoundError(2, 'nf').errno, BlockingIOError(11, 'b', 5).characters_written if hasattr(BlockingIOError(11,'b',5), 'characters_written') else None)
print(IOError is OSError, EnvironmentError is OSError)
e = OSError(2, 'x'); e.filename = None; print(str(e))
try: NameError('x', bad=1)
except TypeError as x: print(x)
a = AttributeError('m', name='n', obj=3); print(a.name, a.obj, a.args)
print(AttributeError('q').name, NameError().name)
s = SyntaxError('m', ('f', 2, 3, 'txt')); print(s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, str(s))
print(str(SyntaxError('m', (None, 4, 3, 'txt'))), str(SyntaxError()), SyntaxError('x').msg)
u = UnicodeEncodeError('ascii', 'h\xe9llo', 1, 2, 'bad'); print(str(u), u.start, u.object)
print(str(UnicodeEncodeError('ascii', 'abc', 0, 3, 'bad')), str(UnicodeTranslateError('\u1234', 0, 1, 'r')))
try: UnicodeDecodeError('x')
except TypeError as x: print(x)
class P:
    def __init__(self): self._hidden = 1; self.value = 2
    def m(self): return self.valeu
try: P().m()
except AttributeError as e: print(e.name, type(e.obj).__name__)
import sys
try: sys.maxsiz
except AttributeError as e: print(e.name, e.obj is sys)

print(list[int], type(list[int]), list[int].__origin__, list[int].__args__, tuple[int, ...], dict[str, list[int]] == dict[str, list[int]])
print(list[int]([1,2]), list[int]() == [], hash(list[int]) == hash(list[int]))
class C(list[int]): pass
print(C.__mro__, C.__orig_bases__)
def f[T, *Ts, **P](x: T) -> T: return x
print(f.__type_params__, [type(t).__name__ for t in f.__type_params__])
T = f.__type_params__[0]
print(T.__name__, T.__bound__, T.__constraints__, T.__covariant__, T.__infer_variance__, T.__module__, T.__default__, T.has_default())
def g[U: int, V: (str, bytes), W = float](): pass
U, V, W = g.__type_params__
print(U.__bound__, V.__constraints__, W.__default__, W.has_default())
l = list[T]
print(l, l.__parameters__, l[int], dict[str, T][float])
try: list[int][str]
except TypeError as e: print(e)
try: isinstance([], list[int])
except TypeError as e: print(e)
type Alias[K] = dict[K, int]
print(Alias, Alias.__type_params__, Alias[str], Alias.__value__, Alias.__module__)
type NA = int
try: NA[int]
except TypeError as e: print(e)
class Box[T]:
    pass
print(Box.__mro__, Box.__parameters__, Box.__orig_bases__, Box[int], type(Box[int]()).__name__)
try: Box[int, str]
except TypeError as e: print(e)
print(repr(list[int]), str(list[int]), list[int].__class__)

print(list[int].__name__, list[int].__qualname__, list[int].__module__, type(list[int]), list[int].__class__, list[int].append)
print(list[int].__origin__ is list, getattr(list[int], 'nope', 5))
import sys
print(hasattr(list[int], '__len__'))
try: list[int].zzz
except AttributeError as e: print(e)
class B[T]: pass
T = B.__type_params__[0]
print(T.__module__, type(T), type(T).__module__)
type A = int
print(A.__module__, type(A))
print(tuple[int, str][()] if False else tuple[()], list[int,])

for f in (lambda: int.__add__(), lambda: int.__add__('x',1), lambda: list.append(1,2), lambda: object.__init__(), lambda: int.__add__.__get__('x')):
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(repr(int.__add__), type(len).__call__, object.__init__.__objclass__, (1).__add__.__self__, (1).__add__.__name__, (1).__add__.__qualname__, int.__add__.__qualname__)
print(list.__getitem__, dict.__contains__, str.__getitem__)
