a = '\d'
b = "\w+\s*"
c = b'\q'
d = f'\d{x}'
e = """\
\p
"""
g = '\8'
h = '\9'
i = rf'\d{x}' + f'\{x}'
