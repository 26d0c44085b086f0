class Plain:
    pass
def func():
    pass
print(repr(Plain()))
print(func)
print(Plain)
print(Plain().__init__)
print(func.__code__.co_name, type(func))
