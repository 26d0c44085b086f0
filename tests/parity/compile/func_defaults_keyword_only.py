# Keyword-only defaults are built into a dict (BUILD_CONST_KEY_MAP) for SET_FUNCTION_ATTRIBUTE 2
def f(*, a=1, b):
    pass

def g(*, a=1, b=2, c=x):
    pass

def h(p=0, *, q=1):
    pass
