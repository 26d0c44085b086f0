eg = ExceptionGroup('top', [ValueError(1), ExceptionGroup('mid', [TypeError(2), ValueError(3)]), KeyError(4)])
m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(eg.subgroup(LookupError)))
print(eg.subgroup(OSError))
def leaves(g):
    for e in g.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from leaves(e)
        else:
            yield e
print([repr(e) for e in leaves(eg)])
