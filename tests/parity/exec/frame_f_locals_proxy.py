# 3.13's frame.f_locals for function frames (PEP 667): a write-through FrameLocalsProxy,
# not a snapshot; locals() stays a snapshot; module and class frames give their dict.
import sys


def show(label, value):
    print(label, repr(value))


def basic():
    a = 1
    b = 'two'
    proxy = sys._getframe().f_locals
    show('type', type(proxy).__name__)
    show('repr', proxy)
    show('len', len(proxy))
    show('keys', list(proxy.keys()))
    show('values', proxy.values())
    show('items', proxy.items())
    show('iter', list(proxy))
    show('reversed', list(reversed(proxy)))
    show('contains', ('a' in proxy, 'zz' in proxy, 'proxy' in proxy))
    show('getitem', proxy['b'])
    show('get', (proxy.get('a'), proxy.get('nope'), proxy.get('nope', 5)))
    proxy['a'] = 100
    show('a after write', a)
    a = 7
    show('proxy sees a', proxy['a'])
    proxy['extra'] = 'x'
    show('extra', (proxy['extra'], 'extra' in proxy, len(proxy)))
    show('locals has extra', sorted(locals()))
    show('setdefault', (proxy.setdefault('b', 0), proxy.setdefault('new', 9), proxy['new']))
    proxy.update({'b': 'updated', 'more': 1})
    show('b after update', b)
    show('copy', proxy.copy() == dict(proxy.items()))
    show('eq dict', proxy == dict(proxy.items()))
    show('eq self', proxy == sys._getframe().f_locals)
    show('or', sorted((proxy | {'z': 1}).items(), key=str)[:3])
    for bad in [lambda: proxy['missing'], lambda: proxy.__delitem__('a'), lambda: proxy.update(5),
                lambda: proxy.get(), lambda: proxy.setdefault(), lambda: hash(proxy), lambda: proxy[[]]]:
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
    for key in ('extra', 'a', 'missing'):
        try:
            del proxy[key]
        except TypeError as e:
            print('del', key, e)
    show('extra still there', 'extra' in proxy)


basic()


def unbound():
    proxy = sys._getframe().f_locals
    show('unbound in', 'later' in proxy)
    try:
        proxy['later']
    except KeyError as e:
        print('KeyError', e)
    proxy['later'] = 3
    return later
    later = 0  # never runs: it makes 'later' a local variable


show('unbound write', unbound())


def cells():
    x = 1

    def inner():
        return x
    proxy = sys._getframe().f_locals
    proxy['x'] = 42
    show('cell written', inner())
    return inner


def free_vars():
    y = 'outer'

    def inner():
        y
        proxy = sys._getframe().f_locals
        show('free', proxy['y'])
        proxy['y'] = 'changed'
    inner()
    return y


cells()
show('free written', free_vars())


def comprehension():
    return [sorted(sys._getframe().f_locals) for item in [1]]


show('comprehension', comprehension())


def snapshot():
    v = 1
    snap = locals()
    snap['v'] = 2
    return v, type(snap).__name__, locals() is locals()


show('snapshot', snapshot())


def from_outside():
    q = 1
    return sys._getframe()


frame = from_outside()
show('finished frame', frame.f_locals)
frame.f_locals['q'] = 5
show('finished frame written', frame.f_locals['q'])

show('module', type(sys._getframe().f_locals).__name__)
show('module is globals', sys._getframe().f_locals is globals())


class Body:
    c = 1
    show('class body', type(sys._getframe().f_locals).__name__)
    sys._getframe().f_locals['d'] = 2


show('class attr', Body.d)


def gen():
    g = 1
    yield sys._getframe().f_locals
    yield g


it = gen()
p = next(it)
p['g'] = 'set from outside'
show('generator', next(it))


def constructed():
    x = 1
    P = type(sys._getframe().f_locals)
    p = P(sys._getframe())
    show('constructed', (p['x'], type(p).__name__))
    for args in [(), (1,), (1, 2)]:
        try:
            P(*args)
        except TypeError as e:
            print(e)
    try:
        P(sys._getframe(), a=1)
    except TypeError as e:
        print(e)
    p |= {'x': 5}
    show('ior', x)
    show('ror', sorted({'q': 1} | p))
    show('or proxy', sorted(p | p))
    for bad in [lambda: p.__ior__(3), lambda: p < {}, lambda: p > p]:
        try:
            print(bad())
        except TypeError as e:
            print(type(e).__name__, e)
    show('eq other', (p == 3, p != 3, p == {}))


constructed()
