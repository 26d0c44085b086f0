# Compiler error: cannot assign to __debug__ (except ... as)
try:
    pass
except E as __debug__:
    pass
