# Callbacks that raise where CPython discards or re-routes the exception: a RAISE/'exception'
# event for the StopIteration that ends a for loop (discarded), an EXCEPTION_HANDLED callback
# raising (unwinds from just before the handler, no new event), and an f_lineno jump made from
# a BRANCH callback at FOR_ITER (the stack model is the FOR_ITER's).
import sys
mon = sys.monitoring

def gen():
    yield 1
    return 'value'

class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration('done')
        return self.n

def loops():
    t = 0
    for x in gen(): t += x
    for x in It(): t += x
    return ('loops finished', t)

# 1. settrace: the tracer raises at the 'exception' event of the loop-ending StopIteration
def tr(frame, event, arg):
    if frame.f_code.co_name == 'loops' and event == 'exception':
        print('exception event', arg[0].__name__)
        raise KeyError('from tracer')
    return tr
sys.settrace(tr)
try:
    print(loops())
except KeyError as e:
    print('propagated', e)
sys.settrace(None)
print('trace after', sys.gettrace())

# 2. a RAISE callback raising, with BRANCH on too; and one returning DISABLE
mon.use_tool_id(1, 'raiser')
def on_raise(code, off, exc):
    if code.co_name == 'loops':
        print('RAISE', code.co_name, type(exc).__name__)
        raise KeyError('from RAISE')
mon.register_callback(1, mon.events.RAISE, on_raise)
mon.register_callback(1, mon.events.BRANCH, lambda *a: None)
mon.set_events(1, mon.events.RAISE | mon.events.BRANCH)
try:
    print(loops())
except KeyError as e:
    print('propagated', e)
mon.register_callback(1, mon.events.RAISE, lambda code, off, exc: mon.DISABLE if code.co_name == 'loops' else None)
try:
    print(loops())
except ValueError as e:
    print('propagated', e)
mon.set_events(1, 0)
mon.register_callback(1, mon.events.RAISE, None)
mon.register_callback(1, mon.events.BRANCH, None)

# 3. an EXCEPTION_HANDLED callback raising
events = []
def handled(code, off, exc):
    events.append(('HANDLED', code.co_name, type(exc).__name__))
    if type(exc) is ValueError:
        raise KeyError('cb')
def unwound(code, off, exc):
    events.append(('UNWIND', code.co_name, type(exc).__name__))
def reraised(code, off, exc):
    events.append(('RERAISE', code.co_name, type(exc).__name__))
def raised(code, off, exc):
    events.append(('RAISE', code.co_name, type(exc).__name__))
mon.register_callback(1, mon.events.EXCEPTION_HANDLED, handled)
mon.register_callback(1, mon.events.PY_UNWIND, unwound)
mon.register_callback(1, mon.events.RERAISE, reraised)
mon.register_callback(1, mon.events.RAISE, raised)

def f(x):
    try:
        if x:
            raise ValueError
        x += 1
    except BaseException as e:
        return 'handled ' + type(e).__name__
    return 'done'

def g(x):
    try:
        try:
            if x:
                raise ValueError
        except ValueError:
            return 'inner'
    except KeyError as e:
        return 'outer ' + repr(e)
    return 'none'

mon.set_events(1, mon.events.EXCEPTION_HANDLED | mon.events.PY_UNWIND | mon.events.RERAISE | mon.events.RAISE)
for fn in (f, g):
    try:
        print(fn.__name__, fn(1))
    except KeyError as e:
        print(fn.__name__, 'propagated', e)
    for ev in events:
        print(' ', *ev)
    events.clear()
mon.set_events(1, 0)
for ev in (mon.events.EXCEPTION_HANDLED, mon.events.PY_UNWIND, mon.events.RERAISE, mon.events.RAISE):
    mon.register_callback(1, ev, None)

# 4. f_lineno set from a BRANCH callback at FOR_ITER
done = []
def br(code, src, dst):
    fr = sys._getframe(1)
    if code.co_name == 'h' and not done:
        done.append(1)
        fr.f_lineno = code.co_firstlineno + 2
        print('jumped', fr.f_lasti, fr.f_lineno)
def h():
    t = 0
    for i in range(3):
        t += i
    return t
mon.register_callback(1, mon.events.BRANCH, br)
mon.set_events(1, mon.events.BRANCH)
print('h', h())
mon.set_events(1, 0)
mon.free_tool_id(1)
