# __builtins__ is the builtins module in __main__ and the builtins dict in an imported module;
# exec and functions made there see the same
import _helper_builtins_dict as h
import builtins
print(h.R, h.T, h.__builtins__ is builtins.__dict__)
print(type(__builtins__).__name__, __builtins__ is builtins)
g = {}
exec("x = 1", g)
print(type(g["__builtins__"]).__name__, g["__builtins__"] is builtins.__dict__)
def f():
    return __builtins__
print(type(f()).__name__)
