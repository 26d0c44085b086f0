# __future__ imports: accepted features compile like ordinary from-imports
"""Docstring before the future import."""
from __future__ import annotations, generator_stop
from __future__ import division
import os
