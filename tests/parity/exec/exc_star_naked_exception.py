try:
    raise ValueError('naked')
except* ValueError as g:
    print(type(g).__name__, g.exceptions)
