class Tick:
    def __await__(self):
        return (yield 'tick')
async def job():
    try:
        raise ValueError('x')
    except ValueError:
        v = await Tick()
        print('awaited in except', v)
    finally:
        w = await Tick()
        print('awaited in finally', w)
    return 'ok'
c = job()
print(c.send(None))
print(c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print(e.value)
