def f():
    a = 1
    del a
    try:
        a
    except UnboundLocalError as e:
        print(e)
f()
x = 1
del x
try:
    x
except NameError as e:
    print(e)
