# A package whose __init__ raises: the package leaves sys.modules, the submodule its
# __init__ imported stays (as in CPython), and importing the package or a submodule again
# runs __init__ again. The last import is uncaught: its traceback.
import sys

for stmt in ("import _helper_brokenpkg", "import _helper_brokenpkg.sub_ok", "from _helper_brokenpkg import sub_ok"):
    try:
        exec(stmt, {})
    except ValueError as e:
        print(stmt, "->", type(e).__name__, e)
    print(sorted(k for k in sys.modules if k.startswith("_helper_brokenpkg")))

print(sys.modules["_helper_brokenpkg.sub_ok"].VALUE)
import _helper_brokenpkg.sub_ok
