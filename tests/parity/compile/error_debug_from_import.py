# Compiler error: cannot assign to __debug__ (from-import binding)
from os import __debug__
