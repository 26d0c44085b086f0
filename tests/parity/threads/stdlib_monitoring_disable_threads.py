# DISABLE from a LINE callback turns that location off for every thread; restart_events turns it on again.
import sys
import threading

mon = sys.monitoring
TOOL = 4
mon.use_tool_id(TOOL, "disable")
log = []
def on_line(code, line):
    if code.co_name != "body":
        return
    log.append((threading.current_thread().name, line - body.__code__.co_firstlineno))
    return mon.DISABLE
mon.register_callback(TOOL, mon.events.LINE, on_line)

def body():
    x = 1
    y = 2
    return x + y

mon.set_events(TOOL, mon.events.LINE)
for i in range(3):
    t = threading.Thread(target=body, name="s%d" % i)
    t.start(); t.join()
mon.restart_events()
t = threading.Thread(target=body, name="after-restart")
t.start(); t.join()
body()
mon.set_events(TOOL, 0)
mon.free_tool_id(TOOL)
for entry in log:
    print(entry)
