import atexit
atexit.register(lambda: print("atexit ran"))
def gen():
    yield 1
    yield 2

list(gen())
async def co():
    return 5

c = co()
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)

(lambda: 0)()
__name__
