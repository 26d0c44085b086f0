import _helper_math as m
print(m.__name__, m.__file__.endswith('_helper_math.py'), type(m).__name__, m.__doc__)
print(sorted(n for n in dir(m) if not n.startswith('_')))
print(__name__)
