# an imported module's __builtins__ is the builtins dict (only __main__ has the module)
try:
    f = __builtins__["len"]
    R = "dict-ok"
except TypeError as e:
    R = str(e)
T = type(__builtins__).__name__
