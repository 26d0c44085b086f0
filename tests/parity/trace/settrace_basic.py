# sys.settrace: call, line, return and exception events of nested functions, a loop (a line
# event for every backward jump), a generator (call/return per resumption), local trace
# functions returning themselves, another function, or None, and f_trace_lines = False.
import sys

log = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    shown = arg
    if event == 'exception':
        shown = (arg[0].__name__, str(arg[1]))
    log.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno, shown))
    return tracer


def square(x):
    return x * x


def loop(n):
    total = 0
    for i in range(n):
        total += square(i)
    return total


def gen():
    yield 1
    yield 2


def failing():
    raise ValueError('bad')


def catcher():
    try:
        failing()
    except ValueError:
        return 'caught'


def flush(title):
    print(title)
    for entry in log:
        print('   ', entry)
    log.clear()


sys.settrace(tracer)
loop(2)
sys.settrace(None)
flush('loop')

sys.settrace(tracer)
list(gen())
catcher()
sys.settrace(None)
flush('generator and exception')


def only_calls(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        log.append((event, frame.f_code.co_name))
    return None


sys.settrace(only_calls)
loop(2)
sys.settrace(None)
flush('global function returning None: calls only')


def no_lines(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    frame.f_trace_lines = False
    log.append((event, frame.f_code.co_name))
    return no_lines


sys.settrace(no_lines)
loop(2)
sys.settrace(None)
flush('f_trace_lines off')


def switching(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    log.append(('global', event, frame.f_code.co_name))
    return local


def local(frame, event, arg):
    log.append(('local', event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
    return None if event == 'line' else local


sys.settrace(switching)
square(3)
sys.settrace(None)
flush('a different local function, None keeps it')
print(sys.gettrace())
