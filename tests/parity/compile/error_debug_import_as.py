# Compiler error: cannot assign to __debug__ (import ... as __debug__)
import os as __debug__
