# The import statement calls builtins.__import__ when a program has replaced it, with the
# frame's globals, its locals (None in a function) and the fromlist and level; only
# modules already in sys.modules are imported while the hook is in place.
import builtins
import sys
import _helper_math

real = builtins.__import__
calls = []


def hook(name, globals=None, locals=None, fromlist=(), level=0):
    calls.append((name, fromlist, level, locals is None, globals is not None and globals.get('__name__')))
    return real(name, globals, locals, fromlist, level)


builtins.__import__ = hook
import sys as s1
from _helper_math import *
from sys import path as p


def f():
    import _helper_math
    from sys import modules, argv
    return _helper_math


m = f()
builtins.__import__ = real
for c in calls:
    print(*c)
print(s1 is sys, m is _helper_math, p is sys.path)

# a hook that returns something else: the import binds what it returns
builtins.__import__ = lambda name, *a, **k: ('fake', name, a[2:])
import anything.at.all
from nowhere import x
builtins.__import__ = real
print(anything, x if isinstance(x, str) else 'not str')


# a hook that raises
def refuse(name, *a):
    raise ImportError('refused ' + name)


builtins.__import__ = refuse
try:
    import sys
except ImportError as e:
    print(type(e).__name__, e)
builtins.__import__ = real

# no __import__ at all
del builtins.__import__
try:
    import sys
except ImportError as e:
    print(type(e).__name__, e)
builtins.__import__ = real
import sys
print('restored', sys.__name__)
