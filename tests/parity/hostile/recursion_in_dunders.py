# Special methods that recurse into themselves: each ends with RecursionError, caught, and
# the next test runs normally.
class SelfRepr:
    def __repr__(self):
        return 'SelfRepr(' + repr(self) + ')'


class SelfStr:
    def __str__(self):
        return str(self)


class SelfEq:
    def __eq__(self, other):
        return self == other

    __hash__ = object.__hash__


class SelfHash:
    def __hash__(self):
        return hash(self)


class SelfGetattr:
    def __getattr__(self, name):
        return getattr(self, name)


class SelfLen:
    def __len__(self):
        return len(self)


class SelfBool:
    def __bool__(self):
        return bool(self)


class SelfIter:
    def __iter__(self):
        return iter(self)


class SelfAdd:
    def __add__(self, other):
        return self + other


tests = [
    ('repr', lambda: repr(SelfRepr())),
    ('repr in list', lambda: repr([SelfRepr()])),
    ('str', lambda: str(SelfStr())),
    ('format', lambda: f'{SelfStr()}'),
    ('eq', lambda: SelfEq() == 1),
    ('in', lambda: 1 in [SelfEq()]),
    ('hash', lambda: hash(SelfHash())),
    ('dict key', lambda: {SelfHash(): 1}),
    ('set add', lambda: {SelfHash()}),
    ('getattr', lambda: SelfGetattr().missing),
    ('len', lambda: len(SelfLen())),
    ('bool', lambda: bool(SelfBool())),
    ('if', lambda: 1 if SelfBool() else 0),
    ('iter', lambda: iter(SelfIter())),
    ('for', lambda: [x for x in SelfIter()]),
    ('add', lambda: SelfAdd() + 1),
]
for name, f in tests:
    try:
        f()
        print(name, 'no error')
    except RecursionError as e:
        print(name, type(e).__name__, e)
print('still alive', repr([1, (2, 3)]))
