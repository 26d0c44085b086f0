# Compiler error: cannot assign to __debug__ (attribute named __debug__)
x.__debug__ = 1
