# Compiler error: cannot assign to __debug__ (lambda parameter)
f = lambda __debug__: 0
