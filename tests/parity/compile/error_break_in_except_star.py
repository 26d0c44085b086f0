# Compiler error: 'break', 'continue' and 'return' cannot appear in an except* block (break)
for x in items:
    try:
        g()
    except* ValueError:
        break
