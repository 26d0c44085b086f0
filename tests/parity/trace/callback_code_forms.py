# Code run inside a trace / profile function fires no event (CPython: tstate->tracing), so
# pyjama runs it in its plain (uninstrumented) compiled form there. The same functions run
# outside the callback must still fire every event; a generator started inside the callback
# and resumed outside it (and one started outside, advanced inside, finished outside) must
# report its events outside; exceptions handled, loops and tracebacks inside the callback
# keep their line numbers; sys.call_tracing from the callback turns events on again.
import sys
import traceback

WATCH = ('helper', 'gen', 'looped', 'raiser')


def helper(x):
    t = 0
    for i in range(3):
        t += i
    try:
        if x % 7 == 0:
            raise ValueError(x)
    except ValueError:
        t += 1
    return t


def gen(n):
    for i in range(n):
        yield i * 10


def looped(n):
    s = 0
    i = 0
    while i < n:
        s += i
        i += 1
    return s


def raiser(k):
    if k:
        raise KeyError(k)
    return sys._getframe().f_lineno


log = []
state = {'n': 0, 'inside': [], 'kept': None, 'outer': None, 'called_tracing': False}


def record(frame, event, arg):
    name = frame.f_code.co_name
    if name in WATCH:
        log.append((name, event, frame.f_lineno - frame.f_code.co_firstlineno))


def tr(frame, event, arg):
    record(frame, event, arg)
    n = state['n'] = state['n'] + 1
    # hot code run inside the callback: loops, handled exceptions, line numbers
    helper(n)
    looped(5)
    if n % 97 == 0:
        state['inside'].append(raiser(0))
        try:
            raiser(n)
        except KeyError:
            tb = traceback.extract_tb(sys.exc_info()[2])
            state['inside'].append([(f.name, f.lineno) for f in tb])
    if n == 1500 and state['kept'] is None:
        g = gen(4)
        state['inside'].append(next(g))  # started inside: no event
        state['kept'] = g
    if n == 1600 and state['outer'] is not None:
        state['inside'].append(next(state['outer']))  # advanced inside: no event
    if n == 1700 and not state['called_tracing']:
        state['called_tracing'] = True
        sys.call_tracing(looped, (2,))  # events fire again inside call_tracing
    return tr


def work(n):
    i = 0
    while i < n:
        i += 1
    return i


def main():
    state['outer'] = gen(3)
    next(state['outer'])
    work(1000)
    print(looped(3), helper(14), raiser(0) > 0)
    print(list(state['kept']))
    print(list(state['outer']))


sys.settrace(tr)
main()
sys.settrace(None)
print('events', len(log))
for e in log:
    print(*e)
print('inside', state['inside'][:6], len(state['inside']))
print('calls', state['n'] > 1700)


# the same under sys.setprofile: the profile function's own calls fire nothing
plog = []
pstate = {'n': 0, 'kept': None}


def prof(frame, event, arg):
    name = frame.f_code.co_name
    if name in WATCH:
        plog.append((name, event))
    n = pstate['n'] = pstate['n'] + 1
    helper(n)
    looped(3)
    if n == 1200 and pstate['kept'] is None:
        g = gen(3)
        next(g)
        pstate['kept'] = g


def pwork(n):
    for i in range(n):
        len(())
    return n


sys.setprofile(prof)
pwork(800)
print(looped(2), helper(3))
print(list(pstate['kept']))
sys.setprofile(None)
print('profile events', len(plog))
for e in plog:
    print(*e)
