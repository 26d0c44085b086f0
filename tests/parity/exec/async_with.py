class Res:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print('aenter', self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        print('aexit', self.name, et.__name__ if et else None)
        return True

async def main():
    async with Res('one') as r:
        print('inside', r.name)
    async with Res('two'), Res('three'):
        raise ValueError('suppressed')
    return 'ok'

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
