# A missing module, a missing submodule, a missing name: CPython's exception, message and
# `name`, and nothing left in sys.modules.
import sys

def show(stmt):
    try:
        exec(stmt, {})
    except ImportError as e:
        msg = str(e).replace(__file__.rsplit("/", 1)[0], "DIR")
        print(f"{stmt!r}: {type(e).__name__}: {msg} | name={e.name!r}")

show("import _no_such_module_xyz")
show("import _no_such_module_xyz.sub")
show("from _no_such_module_xyz import thing")
show("import _helper_math.sub")
show("from _helper_math import no_such_name")
show("import _helper_brokenpkg_missing")
print(sorted(k for k in sys.modules if "no_such" in k or k.startswith("_helper_math.")))
# the failure is not cached: the next import searches again
show("import _no_such_module_xyz")
sys.modules["_blocked"] = None
show("import _blocked")
print("_blocked" in sys.modules, sys.modules["_blocked"])
