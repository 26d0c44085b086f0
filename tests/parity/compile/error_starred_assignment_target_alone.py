# Compiler error: starred assignment target must be in a list or tuple
*a = b
