def g():
    yield me.gi_running
    yield next(me)

me = g()
print(next(me))
try:
    next(me)
except ValueError as e:
    print(e)
