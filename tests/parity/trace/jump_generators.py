# Jumps in generators: from the 'return' event of a yield (the value is still yielded; the
# generator goes on at the new line when resumed, with no 'call' event), from the 'call' event
# of a resumed generator, and what gi_frame shows, throw() and close() do after such a jump.
# The drivers close their generators themselves (CPython would when the last reference goes).
# CPython resumes such a generator with the sent value on top of the target's stack, a value
# nothing pops: the cases keep the lines run afterwards shallow enough for CPython's frame.
from _jump import jump


def from_yield(output):
    def gen():
        output.append(2)
        yield 3
    next(gen())
    output.append(5)


def next_twice(func, output):
    it = func(output)
    output.append(('got', next(it)))
    output.append(('frame at', it.gi_frame.f_lineno - func.__code__.co_firstlineno))
    try:
        output.append(('got', next(it)))
    except StopIteration as e:
        output.append(('stop', e.value))
    it.close()


def gen_backwards(output):
    output.append(1)
    n = 2
    yield n
    return n + 10


def gen_forwards(output):
    output.append(1)
    yield 2
    output.append(3)
    return 4


def gen_in_loop(output):
    for i in range(2):
        x = yield i
        output.append(x)
    output.append(4)


def sending(func, output):
    it = func(output)
    output.append(('got', next(it)))
    for value in 'ab':
        try:
            output.append(('got', it.send(value)))
        except StopIteration as e:
            output.append(('stop', e.value))
            break
    it.close()


def from_resume_call(func, output):
    it = func(output)
    output.append(('got', next(it)))
    output.append(('got', next(it, 'exhausted')))
    it.close()


def resumed(output):
    output.append(1)
    yield 2
    output.append(3)
    output.append(4)


def throw_after_jump(func, output):
    it = func(output)
    output.append(('got', next(it)))
    try:
        it.throw(KeyError('k'))
    except KeyError as e:
        output.append(('raised', repr(e)))
    it.close()


def caught_throw(output):
    try:
        output.append(2)
        yield 3
        output.append(4)
    except KeyError:
        output.append(6)
        yield 7


def close_after_jump(func, output):
    it = func(output)
    output.append(('got', next(it)))
    it.close()
    output.append(('closed', it.gi_frame))


def closing(output):
    try:
        yield 2
    finally:
        output.append(4)
    output.append(5)


def yield_from_delegate(output):
    def inner():
        yield 'a'
        yield 'b'
    output.append(5)
    yield from inner()
    return 7


jump(from_yield, 3, 2, event='return')
jump(gen_backwards, 3, 2, event='return', driver=next_twice)
jump(gen_forwards, 2, 4, event='return', driver=next_twice)
jump(gen_in_loop, 2, 4, event='return', driver=sending)
jump(resumed, 2, 4, event='call', driver=from_resume_call)
jump(caught_throw, 3, 4, event='return', driver=throw_after_jump)
jump(caught_throw, 3, 6, event='return', driver=throw_after_jump)
jump(closing, 2, 5, event='return', driver=close_after_jump)
jump(yield_from_delegate, 5, 6, event='return', driver=next_twice)
jump(yield_from_delegate, 5, 4, driver=next_twice)
