from __future__ import barry_as_FLUFL
# CPython 3.13.0 records the future import, but its parser still reads '!=' as before
# (and still rejects '<>': see syntax-errors/barry_as_flufl_diamond.py).
x = 1 != 2
if a != b:
    pass
