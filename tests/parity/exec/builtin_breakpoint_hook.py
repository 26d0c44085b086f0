# breakpoint() and sys.breakpointhook (PEP 553): the hook gets the arguments; the default hook
# reads $PYTHONBREAKPOINT at each call (os.environ's changes count)
import os
import sys
import warnings

print(sys.breakpointhook is sys.__breakpointhook__, breakpoint.__name__, type(breakpoint).__name__)
print(repr(sys.breakpointhook).split(" at ")[0], breakpoint.__module__, sys.breakpointhook.__module__)


def hook(*args, **kwargs):
    print("hook", args, sorted(kwargs.items()))
    return 42


sys.breakpointhook = hook
print(breakpoint(1, 2, x=3))
print(breakpoint())
sys.breakpointhook = sys.__breakpointhook__

os.environ["PYTHONBREAKPOINT"] = "0"
print("disabled:", breakpoint(), sys.breakpointhook(1, 2, a=3))
os.environ["PYTHONBREAKPOINT"] = "builtins.print"
print(breakpoint("via", "env", sep="-"))
os.environ["PYTHONBREAKPOINT"] = "int"
print(breakpoint("12"), sys.breakpointhook("7", base=8))
os.environ["PYTHONBREAKPOINT"] = "os.path.join"
print(breakpoint("a", "b"))
for bad in ["nosuchmodule_xyz.hook", "os.nosuchattr", ".foo", "nosuchbuiltin_abc", "os."]:
    os.environ["PYTHONBREAKPOINT"] = bad
    print(repr(bad), breakpoint())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    os.environ["PYTHONBREAKPOINT"] = "no.such.mod"
    breakpoint()
    print(len(w), w[0].category.__name__, w[0].message, w[0].filename == __file__)
os.environ["PYTHONBREAKPOINT"] = "builtins.len"
try:
    breakpoint(1)
except TypeError as e:
    print(type(e).__name__, e)
del os.environ["PYTHONBREAKPOINT"]
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(type(e).__name__, e)
sys.breakpointhook = 5
try:
    breakpoint()
except TypeError as e:
    print(type(e).__name__, e)
