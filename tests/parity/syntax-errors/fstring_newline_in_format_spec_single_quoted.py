# CPython 3.13.5's lexer has a dedicated message for this; the 3.13.0 binary does not
x = f'{x:a
b}'
