# _warnings, the C half of warnings: filters, registries, actions, stack levels and errors
import sys
import _warnings
print("warnings imported at start:", "warnings" in sys.modules)
_warnings.warn("before warnings is imported")          # shown by the built-in show_warning
_warnings.warn("a DeprecationWarning outside __main__?", DeprecationWarning)
print(_warnings.filters)
print(_warnings._defaultaction, _warnings._onceregistry)
import warnings
print(warnings.warn is _warnings.warn, warnings.warn_explicit is _warnings.warn_explicit)
print(warnings.filters is _warnings.filters, warnings.defaultaction)

def err(f, *a, **k):
    try:
        print("ok", f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

def helper(msg, level):
    warnings.warn(msg, stacklevel=level)

warnings.simplefilter("always")
sys.stderr = sys.stdout
helper("level 1", 1)
helper("level 2", 2)
helper("level 0", 0)
helper("level huge", 50)
warnings.warn(RuntimeWarning("an instance"), UserWarning)
warnings.warn("with source", ResourceWarning, source=None)
err(warnings.warn, "bad", category=int)
err(warnings.warn, "bad", category="x")
err(warnings.warn, "bad", stacklevel="x")
err(warnings.warn, "bad", skip_file_prefixes=["x"])
err(warnings.warn)
err(warnings.warn_explicit, "m", UserWarning, 5, 1)
err(warnings.warn_explicit, "m", UserWarning, "f.py", "x")
err(warnings.warn_explicit, "m", UserWarning, "f.py", 1, registry=[])
err(warnings.warn_explicit, "m", UserWarning, "f.py", 1, module_globals=[])
warnings.warn_explicit("explicit", UserWarning, "some/file.py", 7)
warnings.warn_explicit("explicit mod", UserWarning, "x.py", 3, module="mymod")

for action in ("default", "once", "module", "ignore"):
    warnings.resetwarnings()
    warnings.simplefilter(action)
    reg = {}
    for i in range(2):
        warnings.warn_explicit("repeat " + action, UserWarning, "r.py", 10 + i, "rmod", reg)
    print(action, sorted(map(repr, reg.items())))
print(sorted(map(repr, warnings.onceregistry.items())))

warnings.resetwarnings()
warnings.filterwarnings("error", message="boom")
warnings.filterwarnings("ignore", category=UserWarning, module="quiet")
warnings.warn_explicit("silenced", UserWarning, "q.py", 1, "quiet")
err(warnings.warn, "boom here")
warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
err(warnings.warn, "bogus action")
warnings.filters[0] = ("x", None)
err(warnings.warn, "short filter")
del warnings.filters[0]
warnings.defaultaction = 5
err(warnings.warn, "no filter matches", SyntaxWarning)
warnings.defaultaction = "default"

with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter("always")
    warnings.warn("recorded", FutureWarning)
    helper("recorded 2", 2)
print([(str(w.message), w.category.__name__, w.lineno) for w in rec])

def outer():
    warnings.warn("skipped prefix", skip_file_prefixes=(__file__,))
    warnings.warn("skipped dir prefix", skip_file_prefixes=(__file__[:-3],))
warnings.simplefilter("always")
outer()
g = {}
exec("import warnings\nwarnings.warn('from exec')", g)
print(sorted(map(repr, g["__warningregistry__"].items())))

warnings.simplefilter("error")
def raiser():
    warnings.warn("uncaught", UserWarning)
raiser()
