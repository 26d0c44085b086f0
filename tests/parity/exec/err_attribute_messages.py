class Slotted:
    __slots__ = ('a',)
class WithGetattr:
    def __getattr__(self, n):
        raise AttributeError(f'custom: {n}')
import sys
cases = [
    lambda: Slotted().a, lambda: setattr(Slotted(), 'b', 1), lambda: WithGetattr().zzz, lambda: sys.no_such_attr,
    lambda: (1).real.foo, lambda: 'x'.foo, lambda: [].foo, lambda: int.foo, lambda: type.foo, lambda: len.foo,
    lambda: delattr(Slotted(), 'a'), lambda: setattr(1, 'x', 1), lambda: (lambda: 0).__code__.bogus,
]
for c in cases:
    try:
        c()
    except AttributeError as e:
        print(type(e).__name__, e)
