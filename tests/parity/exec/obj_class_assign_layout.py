# __class__ assignment between Python classes checks their layouts as CPython does (slots by
# sorted name, __dict__, __weakref__); slot names are laid out sorted, so declaration order does not matter.
class Q: __slots__ = ('b', 'a', '__c')
print([k for k in Q.__dict__ if not k.startswith("__")])
class P: __slots__ = ('a', 'b')
class Q2: __slots__ = ('b', 'a')
o = P(); o.a = 'A'; o.b = 'B'
o.__class__ = Q2
print(o.a, o.b)
class N: pass
class M: pass
class Sl: __slots__ = ('a',)
class Sl2: __slots__ = ('a',)
class Sd: __slots__ = ('a', '__dict__')
for src, dst in ((N, Sl), (Sl, N), (N, M), (Sl, Sl2), (Sl, Sd), (Sl, P)):
    o = src()
    try:
        o.__class__ = dst
        print(src.__name__, '->', dst.__name__, 'ok', type(o).__name__)
    except TypeError as e:
        print(src.__name__, '->', dst.__name__, 'TypeError', e)
class Sub(N): pass
o = N(); o.x = 1; o.__class__ = Sub; print(type(o).__name__, o.x)
class S2(Sl): pass
o = Sl(); o.a = 5
try:
    o.__class__ = S2; print('ok', o.a)
except TypeError as e: print('TypeError', e)
class S3(Sl): __slots__ = ()
o = Sl(); o.a = 6; o.__class__ = S3; print('ok', o.a)
class R: __slots__ = ('a',)
class P3: __slots__ = ('a', 'b')
o = R()
try:
    o.__class__ = P3
except TypeError as e:
    print('TypeError', e)
class S1: __slots__ = ('x', '__dict__')
class S2(S1): pass
class S4(S1): __slots__ = ()
class W1: __slots__ = ('x', '__weakref__')
class W2: __slots__ = ('x',)
for src, dst in ((S1, S2), (S1, S4), (W1, W2), (W2, W1), (S2, S1)):
    o = src()
    try:
        o.__class__ = dst
        print(src.__name__, '->', dst.__name__, 'ok')
    except TypeError as e:
        print(src.__name__, '->', dst.__name__, 'TypeError', e)
