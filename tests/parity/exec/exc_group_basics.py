eg = ExceptionGroup('many', [ValueError(1), TypeError(2), ValueError(3)])
print(eg, repr(eg), len(eg.exceptions), eg.message)
match, rest = eg.split(ValueError)
print(match.exceptions, rest.exceptions)
print(eg.subgroup(lambda e: isinstance(e, TypeError)).exceptions)
print(type(BaseExceptionGroup('b', [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup('b', [ValueError()])).__name__)
try:
    ExceptionGroup('e', [])
except ValueError as e:
    print(e)
