class Fail:
    def __await__(self):
        yield 'p'
        raise OSError('io failed')

async def low():
    await Fail()

async def mid():
    try:
        await low()
    except OSError as e:
        raise RuntimeError('mid failed') from e

c = mid()
c.send(None)
try:
    c.send(None)
except RuntimeError as e:
    print(e, '<-', repr(e.__cause__))
