# Compiler error: cannot assign to __debug__ (import __debug__)
import __debug__
