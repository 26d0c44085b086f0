print(callable(len), callable(lambda: 0), callable(type), callable(1))
print(hasattr('s', 'upper'), getattr([], 'nope', None), hasattr(object, '__init__'))
print(isinstance([], (list, tuple)), issubclass(int, (str, object)))
