# Trace events through exception handling: except/else/finally, return inside finally, an
# exception re-raised through two frames, raise from, exceptions inside with and in a
# generator, and a class body.
import sys

log = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event == 'exception':
        arg = arg[0].__name__
    log.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno, arg))
    return tracer


def finally_return():
    try:
        return 'try'
    finally:
        return 'finally'


def else_branch(x):
    try:
        y = 10 // x
    except ZeroDivisionError:
        y = -1
    else:
        y += 1
    finally:
        y *= 2
    return y


def inner():
    raise KeyError('k')


def middle():
    try:
        inner()
    except KeyError as e:
        raise ValueError('wrapped') from e


def outer():
    try:
        middle()
    except ValueError:
        return 'handled'


class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        return kind is TypeError


def with_block():
    with Suppress():
        None + 1
    return 'after'


def gen():
    try:
        yield 1
        raise RuntimeError('in gen')
    except RuntimeError:
        yield 2


def program():
    finally_return()
    else_branch(0)
    else_branch(5)
    outer()
    with_block()
    list(gen())

    class Body:
        x = 1
        y = x + 1
    return Body.y


sys.settrace(tracer)
program()
sys.settrace(None)
for entry in log:
    print(entry)
