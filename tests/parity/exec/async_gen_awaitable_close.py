import types
@types.coroutine
def sus(): yield 'sus'
async def ag():
    try:
        await sus()
        yield 1
        await sus()
        yield 2
    finally:
        print('agen finally')
async def main():
    async for x in ag(): print('got', x)
c = main(); print(c.send(None)); c.close()
print('closed')
# close() on each awaitable kind, at each state
def fresh():
    g = ag()
    return g
for label, mk in [('asend', lambda g: g.asend(None)), ('anext', lambda g: g.__anext__()),
                  ('athrow', lambda g: g.athrow(ValueError)), ('aclose', lambda g: g.aclose())]:
    g = fresh()
    a = mk(g)
    try: print(label, 'init close', a.close())
    except Exception as e: print(label, 'init close', type(e).__name__, e)
    try: print(label, 'after close send', a.send(None))
    except BaseException as e: print(label, 'after close send', type(e).__name__, e)
    g2 = fresh()
    a2 = mk(g2)
    try: print(label, 'send', a2.send(None))
    except BaseException as e: print(label, 'send', type(e).__name__, e)
    try: print(label, 'iter close', a2.close())
    except Exception as e: print(label, 'iter close', type(e).__name__, e)
    try: print(label, 'g2 next', g2.__anext__().send(None))
    except BaseException as e: print(label, 'g2 next', type(e).__name__, e)
async def stubborn():
    ignored = False
    while True:
        try:
            await sus()
            yield 1
        except GeneratorExit:
            if ignored: raise
            ignored = True
            print('ignoring')
g = stubborn()
a = g.asend(None)
print(a.send(None))
try: a.close()
except RuntimeError as e: print('RuntimeError', e)
