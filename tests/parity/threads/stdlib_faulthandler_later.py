# faulthandler.dump_traceback_later: after the timeout a watchdog writes every thread's stack
# (newest thread first, none marked current) to the file; exit=True ends the process with status
# 1; repeat=True dumps again after each timeout; cancel stops it; bad timeouts raise.
import faulthandler, re, subprocess, sys, time

CHILD = """
import faulthandler, sys, threading, time
ev = threading.Event()
def worker():
    ev.wait()
threading.Thread(target=worker, daemon=True).start()
def inner():
    time.sleep(20)
faulthandler.dump_traceback_later(float(sys.argv[1]), repeat=sys.argv[2] == "repeat", exit=sys.argv[2] == "exit")
inner()
"""

def mask(text):
    return re.sub(r"0x[0-9a-f]+", "0xTHREAD", text)

# exit=True: one dump, then status 1
r = subprocess.run([sys.executable, "-c", CHILD, "0.3", "exit"], capture_output=True, text=True, timeout=60)
print("exit status", r.returncode)
print(mask(r.stderr))

# repeat=True: the first two dumps, then the child is killed
p = subprocess.Popen([sys.executable, "-c", CHILD, "0.25", "repeat"], stderr=subprocess.PIPE, text=True)
lines = []
while sum(l.startswith("Timeout") for l in lines) < 3:
    lines.append(p.stderr.readline())
p.kill()
p.wait()
print(mask("".join(lines[:-1])))

# cancelled before the timeout: nothing is written
faulthandler.dump_traceback_later(0.2, file=sys.stdout)
faulthandler.cancel_dump_traceback_later()
faulthandler.cancel_dump_traceback_later()
time.sleep(0.5)
print("nothing dumped")

# a second call replaces the first
faulthandler.dump_traceback_later(0.2, file=sys.stdout)
faulthandler.dump_traceback_later(60, file=sys.stdout)
time.sleep(0.5)
faulthandler.cancel_dump_traceback_later()
print("replaced")

for bad in (0, -1, 0.0000000001, "x", 1e300, 10**30, None):
    try:
        faulthandler.dump_traceback_later(bad)
        faulthandler.cancel_dump_traceback_later()
        print(repr(bad), "accepted")
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
