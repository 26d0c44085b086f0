async def f():  # type: () -> None
    pass
