# Decorator calls carry the decorators' lines; MAKE_FUNCTION has the def's line
@first(
    1)
@second
def f():
    pass
