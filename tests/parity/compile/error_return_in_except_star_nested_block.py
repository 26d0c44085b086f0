# Compiler error: return inside an if inside an except* block
def f():
    try:
        g()
    except* ValueError:
        if x:
            return
