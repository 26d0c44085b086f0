# __eq__ and __hash__ (and friends) that raise, or return what they must not, inside the
# containers and builtins that call them: the exception propagates unchanged, or CPython's
# TypeError/ValueError/OverflowError replaces a bad result.
class BadHash:
    def __hash__(self):
        raise KeyError('no hash')


class BadEq:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise ZeroDivisionError('no eq')


class HashReturnsStr:
    def __hash__(self):
        return 'x'


class HashReturnsBig:
    def __hash__(self):
        return 2 ** 100


class LenNegative:
    def __len__(self):
        return -1


class LenHuge:
    def __len__(self):
        return 2 ** 100


class BoolReturnsInt:
    def __bool__(self):
        return 1


class IndexReturnsFloat:
    def __index__(self):
        return 1.5


class LtRaises:
    def __lt__(self, other):
        raise ArithmeticError('no order')


def attempt(label, f):
    try:
        print(label, 'ok', f())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('dict set', lambda: {BadHash(): 1})
attempt('dict get', lambda: {}.get(BadHash()))
attempt('dict in', lambda: BadHash() in {1: 2})
attempt('set add', lambda: set().add(BadHash()))
attempt('set in', lambda: BadHash() in {1})
attempt('frozenset', lambda: frozenset([BadHash()]))
attempt('hash tuple', lambda: hash((1, BadHash())))
attempt('collision', lambda: {BadEq(): 1, BadEq(): 2})
attempt('same object', lambda: len({(b := BadEq()): 1, b: 2}))
attempt('list in', lambda: BadEq() in [1, 2])
attempt('list index', lambda: [1, 2].index(BadEq()))
attempt('list count', lambda: [1].count(BadEq()))
attempt('list remove', lambda: [1].remove(BadEq()))
attempt('list eq', lambda: [BadEq()] == [BadEq()])
attempt('tuple eq', lambda: (1, BadEq()) == (1, BadEq()))
attempt('hash str', lambda: hash(HashReturnsStr()))
attempt('dict str hash', lambda: {HashReturnsStr(): 1})
attempt('hash big', lambda: hash(HashReturnsBig()) == hash(2 ** 100))
attempt('len negative', lambda: len(LenNegative()))
attempt('len huge', lambda: len(LenHuge()))
attempt('bool int', lambda: bool(BoolReturnsInt()))
attempt('not bool int', lambda: not BoolReturnsInt())
attempt('index float', lambda: [1, 2][IndexReturnsFloat()])
attempt('sorted lt', lambda: sorted([LtRaises(), LtRaises()]))
attempt('min lt', lambda: min(LtRaises(), LtRaises()))
attempt('max key raises', lambda: max([1, 2], key=lambda x: 1 / 0))
attempt('sort key raises', lambda: sorted([3, 1], key=lambda x: [].pop()))
