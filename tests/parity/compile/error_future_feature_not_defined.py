# future.c error: future feature nonexistent is not defined
from __future__ import nonexistent
