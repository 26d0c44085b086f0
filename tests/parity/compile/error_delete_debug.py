# Compiler error: cannot delete __debug__
del __debug__
