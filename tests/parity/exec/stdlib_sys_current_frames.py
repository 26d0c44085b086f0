import sys, threading
ev = threading.Event(); go = threading.Event()
def worker():
    ev.set()
    go.wait()
t = threading.Thread(target=worker); t.start(); ev.wait()
frames = sys._current_frames()
me = threading.get_ident()
print(frames[me] is sys._getframe(), frames[me].f_code.co_name, sorted(frames) == sorted([me, t.ident]))
f = frames[t.ident]
names = []
while f:
    names.append((f.f_code.co_name, f.f_lineno)); f = f.f_back
print(names)
try:
    raise ValueError("x")
except ValueError:
    ex = sys._current_exceptions()
    print(repr(ex[me]), ex[t.ident], len(ex))
print(sys._current_exceptions()[me])
go.set(); t.join()
print(len(sys._current_frames()), list(sys._current_frames()) == [me])
import asyncio
async def main():
    print(asyncio.get_running_loop().get_debug(), sys.get_coroutine_origin_tracking_depth())
    return 7
print(asyncio.run(main(), debug=True))
print(sys.get_coroutine_origin_tracking_depth())

# a thread waiting inside an except block: its exception, and its frame on that line
ev.clear()
go.clear()


def handler():
    try:
        raise KeyError("in thread")
    except KeyError:
        ev.set()
        go.wait()


t = threading.Thread(target=handler)
t.start()
ev.wait()
print(repr(sys._current_exceptions()[t.ident]), sys._current_exceptions()[me])
f = sys._current_frames()[t.ident]
while f.f_code.co_name != "handler":
    f = f.f_back
print(f.f_code.co_name, f.f_lineno - f.f_code.co_firstlineno)
go.set()
t.join()
print(sorted(sys._current_exceptions()) == [me])
