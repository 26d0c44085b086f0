def g():
    yield 1
it = g()
print(it.gi_running, it.gi_frame is not None, it.__name__, it.__qualname__)
next(it)
print(it.gi_frame.f_lineno)
list(it)
print(it.gi_frame)
print(it.gi_code.co_name)
