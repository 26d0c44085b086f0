# Generators and coroutines that resume themselves while running: ValueError "generator
# already executing" (and its coroutine form), caught inside and outside the generator.
def selfish():
    yield 1
    try:
        next(me)
    except ValueError as e:
        print('inside next:', e)
    try:
        me.send(None)
    except ValueError as e:
        print('inside send:', e)
    try:
        me.throw(KeyError('k'))
    except ValueError as e:
        print('inside throw:', e)
    try:
        me.close()
    except ValueError as e:
        print('inside close:', e)
    yield 2
    next(me)


me = selfish()
print(next(me))
print(next(me))
try:
    next(me)
except ValueError as e:
    print('uncaught inside:', type(e).__name__, e)
print(me.gi_running, me.gi_frame)


def delegate_to_self():
    yield from it


it = delegate_to_self()
try:
    next(it)
except ValueError as e:
    print('yield from self:', e)


async def coro():
    c.send(None)


c = coro()
try:
    c.send(None)
except ValueError as e:
    print('coroutine:', e)


def chain(n):
    if n:
        yield from chain(n - 1)
    yield n


print(sum(chain(500)))
deep = chain(5000)
try:
    print(next(deep))
except RecursionError as e:
    print('deep yield from:', type(e).__name__, e)
