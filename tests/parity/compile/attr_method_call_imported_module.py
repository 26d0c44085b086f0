# Calls on a module-level imported name are not compiled as method calls (is_import_originated)
import os
import collections.abc as cabc
from os import path

os.getcwd()
cabc.Mapping.register(dict)
path.join("a", "b")

def f():
    return os.getcwd(), path.join("x")
