# A for loop over a generator: CPython 3.13 specialises FOR_ITER to FOR_ITER_GEN after it ran once
# (adaptive counter), and then the generator's return comes back to an instrumented END_FOR
# as STOP_ITERATION; until then (and while LINE, INSTRUCTION or BRANCH cover the FOR_ITER) the
# generic FOR_ITER reports a generator's non-None return value as RAISE at the FOR_ITER.
import sys

from _events import DRIVER, E, flush, log, mon, recorder, short, unwatch, watch


TOOL = 2
mon.use_tool_id(TOOL, 'test')
watch(TOOL, 'STOP_ITERATION', 'RAISE', 'BRANCH', 'LINE', 'PY_RETURN', 'EXCEPTION_HANDLED')


def gen(n, result='done'):
    for i in range(n):
        yield i
    return result


def make_loop():
    def loop(it):
        t = 0
        for x in it:
            t += x
        return t
    return loop


def run(title, events, calls):
    mon.set_events(TOOL, events)
    results = [f(*args) for f, *args in calls]
    mon.set_events(TOOL, 0)
    flush('%s %r' % (title, results))


loop = make_loop()
run('fresh loop, STOP_ITERATION', E.STOP_ITERATION, [(loop, gen(k)) for k in (0, 1, 3)])
run('specialised', E.STOP_ITERATION | E.RAISE, [(loop, gen(k)) for k in (0, 2)])
run('return None, a tuple, an exception', E.STOP_ITERATION | E.RAISE, [(loop, gen(2, None)), (loop, gen(1, (1, 2))), (loop, gen(1, KeyError('k')))])
run('BRANCH covers the FOR_ITER', E.STOP_ITERATION | E.RAISE | E.BRANCH, [(loop, gen(k)) for k in (0, 1)])
run('after BRANCH: warm-up again', E.STOP_ITERATION | E.RAISE, [(loop, gen(k)) for k in (0, 1, 2)])
run('LINE covers it', E.STOP_ITERATION | E.RAISE | E.LINE, [(loop, gen(k)) for k in (0, 1)])
run('after LINE', E.STOP_ITERATION | E.RAISE, [(loop, gen(k)) for k in (0, 1, 2)])

# A site specialised for lists deoptimises for a generator; CPython re-specialises after 53 misses.
loop = make_loop()
for k in range(3):
    loop([k])
mon.set_events(TOOL, E.STOP_ITERATION | E.RAISE)
fired = []
for k in range(60):
    loop(gen(1, k))
    fired.append(len(log))
    log.clear()
mon.set_events(TOOL, 0)
print('list site, generators: events per call', fired)

# Alternating iterables at one site.
loop = make_loop()
mon.set_events(TOOL, E.STOP_ITERATION | E.RAISE)
seq = [gen(2), [1, 2], gen(2), (3,), range(2), gen(1), range(10 ** 20, 10 ** 20 + 1), iter({1: 2}), gen(0)]
print([loop(x) if not isinstance(x, range) or x.start < 10 else sum(1 for _ in x) for x in seq])
mon.set_events(TOOL, 0)
flush('alternating')

# An exhausted or running generator deoptimises the specialised loop.
loop = make_loop()
for k in range(3):
    loop(gen(k))
done = gen(1)
list(done)
mon.set_events(TOOL, E.STOP_ITERATION | E.RAISE)
print(loop(done), loop(gen(1)))


def self_iterating():
    try:
        for x in me:
            pass
    except ValueError as e:
        yield str(e)
    yield 'after'


me = self_iterating()
lp = make_loop()
print([x for x in me])
mon.set_events(TOOL, 0)
flush('exhausted and running generators')


# Exceptions out of the generator under FOR_ITER_GEN: RAISE one unit before the FOR_ITER.
def bad(n):
    yield from range(n)
    raise ValueError(n)


def catch(n):
    try:
        for x in bad(n):
            pass
    except ValueError as e:
        return e.args[0]


mon.set_events(TOOL, E.RAISE | E.EXCEPTION_HANDLED)
print([catch(k) for k in range(4)])
mon.set_events(TOOL, 0)
flush('raising generator')

# Comprehensions over generators specialise the same way.
mon.set_events(TOOL, E.STOP_ITERATION | E.RAISE)


def comp(n):
    return [x * 2 for x in gen(n)], {x for x in gen(n)}, sum(x for x in gen(n))


print([comp(k) for k in range(3)])
mon.set_events(TOOL, 0)
flush('comprehensions')
