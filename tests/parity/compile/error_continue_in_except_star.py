# Compiler error: 'break', 'continue' and 'return' cannot appear in an except* block (continue)
for x in items:
    try:
        g()
    except* ValueError:
        continue
