for cls in (ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError, RecursionError,
            NotImplementedError, StopAsyncIteration, ModuleNotFoundError, TimeoutError, BrokenPipeError, KeyboardInterrupt):
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
