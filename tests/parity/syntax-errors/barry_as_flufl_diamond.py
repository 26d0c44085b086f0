# CPython 3.13.0 sets the future flag, yet its parser still rejects <>
from __future__ import barry_as_FLUFL
x = 1 <> 2
