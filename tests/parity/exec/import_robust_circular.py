# Circular imports: a name taken from a partially initialised module fails with CPython's
# message; an attribute read from one too; sys.modules keeps neither failed module.
import sys

try:
    import _helper_circ_x
except ImportError as e:
    print(type(e).__name__, str(e).replace(__file__.rsplit("/", 1)[0], "DIR"), e.name)
print(sorted(k for k in sys.modules if k.startswith("_helper_circ")))

try:
    import _helper_circ_attr_a
except AttributeError as e:
    print(type(e).__name__, e, e.name)
print(sorted(k for k in sys.modules if k.startswith("_helper_circ")))

# a module that fails half-way: gone from sys.modules, and it runs again on the next import
for attempt in range(2):
    try:
        import _helper_half_init
    except KeyError as e:
        print(attempt, "KeyError", e, "_helper_half_init" in sys.modules)
