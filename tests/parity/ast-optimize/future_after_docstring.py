'''docstring'''
from __future__ import annotations, generator_stop
from __future__ import barry_as_FLUFL
x: 1 + 1 = 2 + 2
from __future__ import braces_is_not_checked_here
