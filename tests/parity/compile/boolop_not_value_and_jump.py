# 'not' as a value (UNARY_NOT after TO_BOOL) and in a condition (inverted jump)
def f(a):
    x = not a
    if not a:
        return x
    return not not a
