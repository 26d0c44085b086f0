# Frame attributes debuggers use: f_trace, f_trace_lines, f_trace_opcodes (settable, with
# their defaults and type checks), f_lasti and f_lineno of running and finished frames,
# identity and hashing, and frame.clear() on running, suspended and finished frames.
import sys


def tracer(frame, event, arg):
    return tracer


def running():
    f = sys._getframe()
    print('defaults', f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
    f.f_trace = tracer
    print('f_trace set', f.f_trace is tracer)
    f.f_trace = None
    print('f_trace cleared', f.f_trace)
    f.f_trace_lines = False
    f.f_trace_opcodes = True
    print('flags', f.f_trace_lines, f.f_trace_opcodes)
    for attr, value in [('f_trace_lines', 1), ('f_trace_opcodes', 'yes')]:
        try:
            setattr(f, attr, value)
        except TypeError as e:
            print(attr, type(e).__name__, e)
    try:
        del f.f_trace_lines
    except (TypeError, AttributeError) as e:
        print('del f_trace_lines', type(e).__name__, e)
    del f.f_trace
    print('del f_trace', f.f_trace)
    for attr in ('f_lineno', 'f_lasti', 'f_code', 'f_back', 'f_globals', 'f_locals', 'f_builtins'):
        try:
            setattr(f, attr, 1)
        except (AttributeError, ValueError, TypeError) as e:
            print(attr, type(e).__name__, e)
    try:
        f.clear()
    except RuntimeError as e:
        print('clear running', e)
    print('same frame', f is sys._getframe(), hash(f) == hash(sys._getframe()), f == sys._getframe())
    print('lasti even', f.f_lasti % 2 == 0, f.f_lasti > 0)
    return f


done = running()
print('finished lineno', done.f_lineno, done.f_code.co_name, done.f_back is None)
print('finished locals', sorted(done.f_locals))
done.clear()
print('after clear', dict(done.f_locals))
print('set on finished', setattr(done, 'f_trace', tracer), done.f_trace is tracer)


def gen():
    try:
        yield sys._getframe()
        yield 2
    finally:
        print('generator finally ran')


g = gen()
frame = next(g)
print('suspended', frame.f_lineno, g.gi_frame is frame, frame.f_back)
try:
    frame.clear()
except RuntimeError as e:
    print('clear suspended', e)
print('still suspended', g.gi_frame is frame, list(g), g.gi_frame)
frame.clear()
print('cleared after the generator finished', dict(frame.f_locals))


def outer():
    def inner():
        return sys._getframe(1)
    return inner()


f = outer()
print('caller', f.f_code.co_name, f.f_back.f_code.co_name)
print(type(f).__name__, repr(f).startswith('<frame at 0x'), repr(f).endswith(", code outer>"))
try:
    type(f)()
except TypeError as e:
    print(e)
