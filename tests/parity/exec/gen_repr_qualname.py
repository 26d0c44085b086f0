# generator and coroutine reprs name the code's qualified name (pytest prints them in assert explanations)
def outer():
    return (x for x in [1])


def gen():
    yield 1


async def coro():
    pass


class K:
    def method(self):
        yield 2


import re
for obj in (outer(), gen(), K().method(), coro()):
    print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(obj)))
    if hasattr(obj, "close"):
        obj.close()
