# the __main__ module of a script: its names (in order) and their types (the loader's is
# SourceFileLoader in CPython, None in pyjama: not compared)
g = dict(globals())
print(list(g))
print([(k, type(v).__name__) for k, v in g.items() if k != "__loader__"])
print(__annotations__, __cached__, __package__, __spec__, __doc__)
import sys
print(sys.modules["__main__"].__dict__ is globals())
