# Compiler error: can't use starred expression here (plain assignment value)
x = *a
