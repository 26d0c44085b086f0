class Outer:
    class Inner:
        def method(self):
            pass
    def f(self):
        def g():
            pass
        return g

print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(Outer().f().__qualname__, Outer.f.__name__)
def top():
    class Local:
        pass
    return Local
print(top().__qualname__)
