@decorator
def f():
    pass
@decorator()
def f():
    pass
@decorator(1, key=2)
def f():
    pass
@a.b.c
def f():
    pass
@a
@b
@c
def f():
    pass
@buttons[0].clicked.connect
def f():
    pass
@(lambda f: f)
def f():
    pass
@x if y else z
def f():
    pass
@(decorator := make())
def f():
    pass
@a := b
def f():
    pass
@staticmethod
async def g():
    pass
@property
def p(self): return 1
@a or b
def f(): pass
