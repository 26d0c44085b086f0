class A:
    pass
a = A()
try:
    a.foo
except AttributeError as e:
    print(e.name, e.obj is a, e)
try:
    undefined_thing
except NameError as e:
    print(e.name, e)
