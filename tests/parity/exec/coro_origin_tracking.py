# coroutine origin tracking: sys.set/get_coroutine_origin_tracking_depth and cr_origin, and
# asyncio's debug mode, which turns it on
import asyncio
import sys


async def co():
    return 1


def make():
    return co()


def outer():
    return make()


print(sys.get_coroutine_origin_tracking_depth())
c = co()
print(c.cr_origin)
c.close()
for depth in (1, 2, 10):
    sys.set_coroutine_origin_tracking_depth(depth)
    c = outer()
    print(depth, sys.get_coroutine_origin_tracking_depth(), [(f.rsplit("/", 1)[-1], line, name) for f, line, name in c.cr_origin])
    c.close()
sys.set_coroutine_origin_tracking_depth(depth=0)
c = outer()
print(c.cr_origin)
c.close()
for bad in (-1, "x", 1.5, 2**40):
    try:
        sys.set_coroutine_origin_tracking_depth(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    sys.get_coroutine_origin_tracking_depth(1)
except TypeError as e:
    print(type(e).__name__, e)


async def main():
    c = co()
    origin = [name for f, line, name in c.cr_origin]
    await c
    return asyncio.get_running_loop().get_debug(), sys.get_coroutine_origin_tracking_depth(), origin[:1]


print(asyncio.run(main(), debug=True))
print(sys.get_coroutine_origin_tracking_depth())
