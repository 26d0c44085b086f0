# The trace and profile functions' own frames (pyjama reuses one frame per thread for a trace
# function whose code cannot let its frame escape: monitor/CallbackFrames). Whatever the
# reuse, frames taken by a trace function stay distinct and keep their locals, a traceback
# out of the trace function keeps its frame, and changing the function's __code__ mid-trace
# runs the new code.
import sys

kept = []


def closed(frame, event, arg):
    return closed


def keep(frame, event, arg):
    kept.append(sys._getframe())
    return closed


def work(n):
    t = 0
    for i in range(n):
        t += i
    return t


def hot(n):
    for i in range(n):
        work(3)


sys.settrace(closed)
hot(300)
print("closed", work(4))
# the function's code changes while its last frame waits for the next event
closed.__code__ = keep.__code__
work(2)
sys.settrace(None)
print("kept", len(kept), len(set(map(id, kept))))
print([(f.f_code.co_name, f.f_locals["event"], f.f_locals["frame"].f_code.co_name) for f in kept])
print([f.f_back is None or f.f_back.f_code.co_name for f in kept][:3])


# a closed trace function that raises: the traceback keeps its frame and locals
def failing(frame, event, arg):
    undefined_name
    return failing


try:
    sys.settrace(failing)
    work(1)
except NameError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("failing", sys.gettrace(), tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals["event"])
finally:
    sys.settrace(None)

# a closed profiler, then one that keeps its frames
events = []


def quiet(frame, event, arg):
    pass


def loud(frame, event, arg):
    events.append((event, sys._getframe().f_locals["event"]))


sys.setprofile(quiet)
hot(300)
sys.setprofile(loud)
work(1)
len([])
sys.setprofile(None)
print("profile", events)

# the same closed trace function on two threads at once
import threading

done = []


def run():
    sys.settrace(closed2)
    done.append(sum(work(5) for _ in range(200)))
    sys.settrace(None)


def closed2(frame, event, arg):
    return closed2


ts = [threading.Thread(target=run) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("threads", done)
