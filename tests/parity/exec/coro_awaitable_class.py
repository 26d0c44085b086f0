class Suspend:
    def __await__(self):
        v = yield 'suspended'
        return v * 2

async def main():
    r = await Suspend()
    print('resumed with', r)
    return 'done'

c = main()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print(e.value)
