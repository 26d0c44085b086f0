import traceback, sys
def g():
    yield 1
    raise ValueError
try:
    for x in g(): pass
except ValueError as e:
    t = e.__traceback__.tb_next
    print(t.tb_frame.f_back.f_code.co_name, [f.f_code.co_name for f, _ in traceback.walk_stack(t.tb_frame)])
def h():
    global hf
    hf = sys._getframe()
    yield 1
    return 2
def caller():
    it = h()
    print(next(it), hf.f_back)
    print(it.gi_frame.f_back)
    try: next(it)
    except StopIteration as e: print('stop', e.value)
    print(hf.f_back.f_code.co_name, it.gi_frame)
caller()
async def co():
    global cf
    cf = sys._getframe()
    return 3
def drive():
    c = co()
    try: c.send(None)
    except StopIteration as e: print('coro', e.value, cf.f_back.f_code.co_name)
drive()
def inner():
    yield sys._getframe()
def outer():
    fr = next(inner_it)
    print(fr.f_back)
inner_it = inner()
outer()
print(traceback.format_stack(hf)[-1].splitlines()[0].split(',')[-1])
