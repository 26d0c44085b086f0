import sys
def f(a, b=2):
    c = a + b
    loc = sys._getframe().f_locals
    return sorted((k, v) for k, v in loc.items() if k != 'loc')
print(f(1))
g_var = 'g'
print(sys._getframe().f_globals['g_var'], sys._getframe().f_globals is globals())
