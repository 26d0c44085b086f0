from .base import BASE
SUB = BASE + 1
