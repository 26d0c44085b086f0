# Compiler error: 'break', 'continue' and 'return' cannot appear in an except* block (return)
def f():
    try:
        g()
    except* ValueError:
        return 1
