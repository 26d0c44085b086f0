# Compiler error: can't use starred expression here (annotated assignment value)
a: int = *b
