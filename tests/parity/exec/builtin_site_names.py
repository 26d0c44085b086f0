# the builtins site.py adds (exit, quit, help, copyright, credits, license) and __debug__
import builtins
import sys

print(list(builtins.__dict__)[-6:])
print(repr(exit), "|", repr(quit), "|", type(exit).__name__, type(exit).__module__)
print(repr(help))
print(type(copyright).__name__, repr(credits))
print(repr(copyright).splitlines()[0])
print(repr(license))
print(__debug__, builtins.__debug__, "__debug__" in builtins.__dict__)
try:
    exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    quit()
except SystemExit as e:
    print("SystemExit", e.code)
print(sys.flags.no_site, sys.flags.optimize, sys.flags.dev_mode, sys._xoptions)
print(license._Printer__filenames, copyright._Printer__filenames)
