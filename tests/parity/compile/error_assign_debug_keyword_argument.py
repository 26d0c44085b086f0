# Compiler error: cannot assign to __debug__ (as a keyword argument name in a call)
f(__debug__=1)
