# _json, _abc and _stat in Java: json's C scanner and encoder (CPython's messages for bad input),
# ABCMeta's C helpers (caches, registry, pattern matching of registered classes), stat's constants.
import json, _json, collections, decimal
print(type(_json.make_scanner), _json.make_scanner, _json.make_encoder, json.scanner.make_scanner)
print(_json.encode_basestring_ascii('a\u1234\U0001f600"\n\x7f'), _json.encode_basestring('a\u1234\x00"\x7f'))
for s in ['{"a": 1,}', '[1,]', '"\\q"', '"\\u12"', '"abc', '{1:2}', '[1 2]', 'nul', '"a\x01"', '{"a" 1}', '1.5e', '-', '[', '{', '"\\ud800\\udc00"', '"\\ud800x"', '"\\ud800\\u12"', '-0', '1E+5', 'Infinity', '[NaN, -Infinity]', '12345678901234567890', '{"a": {"b": [1, 2.5, null, true, false, "x\\n\\u00e9"]}}', ' [ ] ', '{ }', '"\U0001f600\\u0041" ', '[1, "\U0001f600", 3', '0.1e-3', '1.', '01', '[-]', '{"a":1}{']:
  try: print(repr(json.loads(s)))
  except Exception as ex: print(type(ex).__name__, ex)
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=collections.OrderedDict), json.loads('{"a": 1}', object_hook=lambda d: sorted(d)))
print(json.loads('[1.5, 2, NaN]', parse_float=decimal.Decimal, parse_int=float, parse_constant=str))
print(json.loads('"abc\tdef"', strict=False))
try: json.loads('"abc\tdef"')
except json.JSONDecodeError as e: print(e.msg, e.pos, e.lineno, e.colno)
print(json.decoder.scanstring('"abc\\n" x', 1), json.decoder.scanstring('ab"', 0))
for f in [lambda: json.decoder.scanstring(1, 0), lambda: json.decoder.scanstring('a', 5), lambda: _json.encode_basestring(1)]:
  try: print(f())
  except Exception as ex: print(type(ex).__name__, ex)
d = {"b": [1, 2.5, None, True, False, "é\u2028"], "a": {"x": (1, 2)}, 3: 4, 1.5: 'f', True: 't', None: 'n'}
print(json.dumps(d), json.dumps(d, ensure_ascii=False), json.dumps(d, indent=2), json.dumps(d, indent='\t', separators=(',', ':')))
print(json.dumps({"b": 1, "a": [2, {"d": 1, "c": 2}]}, sort_keys=True, indent=1))
print(json.dumps([[], {}, [[]], float('inf'), -float('inf'), float('nan'), 10**20, -0.0, 1e300]))
for f in [lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.dumps({(1,): 2}), lambda: json.dumps(object()), lambda: json.dumps({1: 2, "1": 3}, sort_keys=True)]:
  try: print(f())
  except Exception as ex: print(type(ex).__name__, ex)
print(json.dumps({(1,): 2, 'a': 1}, skipkeys=True), json.dumps(decimal.Decimal('1.5'), default=str))
a = []; a.append(a)
try: json.dumps(a)
except ValueError as e: print(e)
class D(dict): pass
class L(list): pass
class I(int): pass
class F(float): pass
print(json.dumps(D(a=L([I(5), F(2.5)]))), json.dumps(D(a=1), check_circular=False))
class E(json.JSONEncoder):
    def default(self, o): return list(o)
print(E().encode({1, 2}), json.dumps({'x': {1}}, cls=E))
print(json.dumps("a\U0001f600b"), json.dumps("a\U0001f600b", ensure_ascii=False))
print(json.loads(json.dumps({"k": ["\u00e9\U0001f600", 1e-7, 123456789012345678901234567890]})))
import abc, collections.abc as cabc, stat, os, _abc, _stat
print(abc.ABCMeta, abc.ABC, abc.get_cache_token() >= 0)
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
class B(A):
    def f(self): return 1
print(sorted(A.__abstractmethods__), sorted(B.__abstractmethods__), type(A._abc_impl).__name__)
try: B()
except TypeError as e: print(e)
class C(B):
    p = 3
print(C().f(), C().p, isinstance(C(), A), issubclass(C, A), isinstance(1, A))
class R: pass
t0 = abc.get_cache_token()
print(A.register(R) is R, isinstance(R(), A), issubclass(R, B), abc.get_cache_token() - t0)
try: A.register(1)
except TypeError as e: print(e)
try: R.register
except AttributeError as e: print(e)
class Cyc(A): pass
try: Cyc.register(A)
except RuntimeError as e: print(e)
try: issubclass(1, A)
except TypeError as e: print(e)
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(iter([]), cabc.Iterator), isinstance(1, cabc.Hashable), isinstance([], cabc.Hashable))
print(issubclass(list, cabc.MutableSequence), issubclass(dict, cabc.Sequence), isinstance(b'', cabc.ByteString) if hasattr(cabc, 'ByteString') else None)
class S:
    def __len__(self): return 0
    def __iter__(self): return iter(())
    def __contains__(self, x): return False
print(isinstance(S(), cabc.Collection), isinstance(S(), cabc.Sized), isinstance(S(), cabc.Sequence))
print('__abc_tpflags__' in cabc.Sequence.__dict__, '__abc_tpflags__' in cabc.Mapping.__dict__)
cabc.Sequence.register(S)
match S():
    case [*_]: print("seq")
    case _: print("not seq")
reg, cache, neg, ver = _abc._get_dump(A)
print(sorted(r().__name__ for r in reg), sorted(r().__name__ for r in cache), type(ver))
A._abc_registry_clear(); A._abc_caches_clear()
print(_abc._get_dump(A)[:3], isinstance(R(), A))
class M(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C): return True if C is int else NotImplemented
print(isinstance(1, M), isinstance('', M), issubclass(bool, M))
class Bad(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C): return 1
try: isinstance(1, Bad)
except AssertionError as e: print(e)
print(stat.filemode(0o100644), stat.filemode(0o40755), stat.filemode(0o104755), stat.filemode(0o1777|stat.S_IFDIR), stat.S_ISDIR(os.stat('.').st_mode))
print(stat.S_IMODE(0o100644), stat.S_IFMT(0o100644), stat.S_ISREG(0o100644), stat.UF_HIDDEN, stat.SF_SETTABLE, stat.S_IFDOOR, stat.S_ISWHT(0))
for f in [lambda: _stat.S_ISDIR(-1), lambda: _stat.S_ISDIR(1<<40), lambda: _stat.S_ISDIR('a'), lambda: _stat.filemode(1.5), lambda: _stat.S_IMODE(2**70), lambda: _stat.filemode(0o170777), lambda: _stat.S_ISDIR(True), lambda: _stat.S_ISDIR()]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
print(sorted(n for n in dir(_stat) if not n.startswith('__')) == sorted(n for n in dir(stat) if n.isupper() or n == 'filemode' or n.startswith('S_I')))
print(sorted(dir(_stat)))
