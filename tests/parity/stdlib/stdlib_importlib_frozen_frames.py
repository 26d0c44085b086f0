# importlib._bootstrap runs as CPython runs it frozen: its frames are "<frozen importlib._bootstrap>" with no source line
import importlib, traceback, sys
try:
    importlib.import_module("no_such_module_here")
except ImportError as e:
    traceback.print_exc(file=sys.stdout)
import importlib._bootstrap as b
print(b._gcd_import.__code__.co_filename, b.__file__.endswith("_bootstrap.py"))
print(importlib._bootstrap_external.cache_from_source.__code__.co_filename)
importlib.import_module("also_missing")
