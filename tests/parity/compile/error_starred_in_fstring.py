# Compiler error: can't use starred expression here (f-string replacement field)
s = f"{*a}"
