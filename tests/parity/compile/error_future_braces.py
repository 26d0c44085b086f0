# future.c error: not a chance
from __future__ import braces
