print(None, repr(None), type(None).__name__, NotImplemented, Ellipsis, ..., ... is Ellipsis)
print(type(NotImplemented).__name__, type(...).__name__, bool(None))
print(type(None)() is None)
