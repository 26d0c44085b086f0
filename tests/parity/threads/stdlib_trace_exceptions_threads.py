# Traced threads that raise and catch: 'exception' events carry (type, value, traceback) per thread.
import sys
import threading

logs = {}
def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    entry = [event, frame.f_code.co_name]
    if event == "exception":
        entry.append((arg[0].__name__, str(arg[1]), type(arg[2]).__name__))
    elif event == "return":
        entry.append(arg)
    logs.setdefault(threading.current_thread().name, []).append(tuple(entry))
    return tracer

def fails(kind):
    raise kind("bad")

def catcher(kind):
    try:
        fails(kind)
    except Exception as e:
        return type(e).__name__

threading.settrace(tracer)
ts = [threading.Thread(target=catcher, args=(k,), name=k.__name__) for k in (ValueError, KeyError)]
for t in ts: t.start()
for t in ts: t.join()
threading.settrace(None)
for name in sorted(logs):
    print(name)
    for entry in logs[name]:
        if entry[0] != "line":
            print("  ", entry)
