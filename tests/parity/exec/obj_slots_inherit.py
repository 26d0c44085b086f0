class Base:
    __slots__ = ('a',)

class WithDict(Base):
    pass

class More(Base):
    __slots__ = ('b',)

w = WithDict()
w.a = 1
w.other = 2
print(w.a, w.__dict__)
m = More()
m.a, m.b = 1, 2
print(m.a, m.b, hasattr(m, '__dict__'))
