class Pause:
    def __await__(self):
        yield

async def fetch():
    await Pause()
    raise ConnectionError('refused')

async def main():
    return await fetch()

c = main()
c.send(None)
c.send(None)
