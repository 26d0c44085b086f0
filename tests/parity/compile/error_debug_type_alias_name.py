# Compiler error: cannot assign to __debug__ (type alias name)
type __debug__ = int
