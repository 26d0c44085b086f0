# types.SimpleNamespace (reached through sys.monitoring.events, whose type it is): keyword and
# mapping construction, attributes, repr (with recursion), equality, unhashability, reduce.
import sys

NS = type(sys.monitoring.events)
print(NS.__name__, NS.__module__, NS)
a = NS(x=1, y='two')
print(a, a.x, a.y, vars(a))
a.z = [1, 2]
del a.x
print(a, sorted(vars(a)))
b = NS({'y': 'two', 'z': [1, 2]})
print(b, a == b, a != b, a == {'y': 'two', 'z': [1, 2]}, NS() == NS())
c = NS([('k', 1)], j=2)
print(c)
a.self = a
print(a)
for bad in [lambda: NS(1, 2), lambda: NS({1: 2}), lambda: hash(NS()), lambda: NS().missing]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(NS(q=3).__reduce__()[0] is NS, NS(q=3).__reduce__()[1:])


class Sub(NS):
    pass


print(Sub(a=1), Sub(a=1) == NS(a=1), isinstance(Sub(), NS))
