# Compiler error: cannot assign to __debug__ (assignment expression)
(__debug__ := 1)
