async def f():
    pass
c = f()
print(c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_code.co_name)
print(type(f).__name__)
c.close()
