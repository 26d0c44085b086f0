import sys
sys.ps1 = "P> "
sys.ps2 = "C> "
if 1:
  pass

sys.ps1 = 42
7
def hook(v):
    print("hook", repr(v))

sys.displayhook = hook
8
None
sys.displayhook = sys.__displayhook__
def eh(t, v, tb):
    print("excepthook", t.__name__, v)

sys.excepthook = eh
1 / 0
sys.excepthook = sys.__excepthook__
1 / 0
