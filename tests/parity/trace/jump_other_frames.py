# A jump made on a frame other than the traced one: a suspended generator's frame, set from the
# 'line' event of another function, goes on at the new line when resumed (the value sent in is
# popped by the jump, as the generator is suspended). And what a trace function sees of a
# generator during its yield's 'return' event: suspended, not running, f_lasti past the yield.
import sys


def helper():
    x = 1
    return x


def gen():
    yield 1
    yield 2
    yield 3


it = gen()
next(it)
first = gen.__code__.co_firstlineno


def from_elsewhere(frame, event, arg):
    if frame.f_code is helper.__code__ and event == 'line':
        try:
            it.gi_frame.f_lineno = first + 3
            print('jumped the generator to', it.gi_frame.f_lineno - first)
        except ValueError as e:
            print('refused', e)
    return from_elsewhere


sys.settrace(from_elsewhere)
helper()
sys.settrace(None)
print(list(it))


def watched():
    x = yield 1
    print('resumed with', x, it2.gi_running, it2.gi_suspended)
    yield from inner()


def inner():
    yield 'a'


def at_yield(frame, event, arg):
    if frame.f_code in (watched.__code__, inner.__code__) and event == 'return':
        print(frame.f_code.co_name, 'return event:', it2.gi_running, it2.gi_suspended,
              frame.f_lasti, frame.f_lineno - first, it2.gi_yieldfrom is not None)
    return at_yield


it2 = watched()
sys.settrace(at_yield)
next(it2)
it2.send('s')
next(it2, None)
sys.settrace(None)
