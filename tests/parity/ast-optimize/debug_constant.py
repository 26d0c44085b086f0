# __debug__ is a constant after optimisation (False at optimize=1)
if __debug__:
    x = __debug__
assert __debug__ or y
a = x.__debug__, not __debug__, [__debug__ for _ in ()]
def f(__debug__x=__debug__): return __debug__
