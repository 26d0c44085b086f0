# What CPython's test suites (test.support, test_bdb, test_trace, test_sys_settrace) need of the
# runtime beyond the plain language: importlib's finders, module subclasses, a module's
# __getattr__ in from-imports, code.replace, types.FunctionType, vars(), method attributes.
import importlib
import importlib.machinery
import importlib.util
import sys
import types

print(float.__getformat__("double"))
try:
    float.__getformat__("long double")
except ValueError as e:
    print("ValueError", e)

# from-import asks the module's __getattr__ (typing creates Match on demand)
from typing import Match
print(Match)

# importlib.import_module and find_spec go through sys.meta_path
print([f.__name__ for f in sys.meta_path])
print(importlib.import_module("json.decoder").__name__)
spec = importlib.util.find_spec("csv")
print(spec.name, type(spec.loader).__name__, spec.origin.endswith("csv.py"))
print(importlib.util.find_spec("no_such_module_here"))


# subclasses of module, and __class__ assignment between module types
class Loud(types.ModuleType):
    def __getattribute__(self, name):
        value = super().__getattribute__(name)
        return value.upper() if isinstance(value, str) and name == "word" else value


m = Loud("m")
m.word = "quiet"
print(type(m).__name__, m.word, m.__name__, isinstance(m, types.ModuleType))
plain = types.ModuleType("plain")
plain.word = "hello"
plain.__class__ = Loud
print(plain.word)
plain.__class__ = types.ModuleType
print(plain.word)
# importlib.util.LazyLoader: the module is a _LazyModule until an attribute is first read
lazy_spec = importlib.util.find_spec("colorsys")
lazy_spec.loader = importlib.util.LazyLoader(lazy_spec.loader)
lazy_mod = importlib.util.module_from_spec(lazy_spec)
lazy_spec.loader.exec_module(lazy_mod)
print(type(lazy_mod).__name__)
print(lazy_mod.rgb_to_hsv(1.0, 0.0, 0.0), type(lazy_mod).__name__)


# code.replace and types.FunctionType
def add(a, b=2):
    return a + b


renamed = add.__code__.replace(co_name="plus", co_qualname="plus")
print(renamed.co_name, renamed.co_qualname, renamed.co_varnames, add.__code__.co_name)
plus = types.FunctionType(renamed, {"__name__": "elsewhere"}, None, (10,))
print(plus.__name__, plus(1), plus(1, 1), plus.__module__)
add.__code__ = renamed
print(add.__code__.co_name, add(5))
try:
    types.FunctionType(renamed, [])
except TypeError as e:
    print("TypeError", e)
try:
    add.__code__ = 1
except TypeError as e:
    print("TypeError", e)


# bound methods hand other attributes to their function; vars() without an argument
class C:
    def meth(self):
        "the doc"
        x = 1
        return sorted(vars())


bound = C().meth
print(bound.__code__.co_name, bound.__module__, bound.__doc__, bound())
try:
    bound.nothing_here
except AttributeError as e:
    print("AttributeError", e)
try:
    vars(1, 2)
except TypeError as e:
    print("TypeError", e)
