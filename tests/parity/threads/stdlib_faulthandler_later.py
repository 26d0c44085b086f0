# faulthandler.dump_traceback_later: after the timeout a watchdog writes every thread's stack
# (newest thread first, none marked current) to the file; repeat=True dumps again after each
# timeout; cancel stops it; a second call replaces the first; bad timeouts raise. The main thread
# sleeps at least 0.2 s longer than each dump needs (exit=True would end the test run's own
# process: not here).
import faulthandler, os, re, threading, time

ev = threading.Event()
def worker():
    ev.wait()
t = threading.Thread(target=worker)
t.start()

def mask(data):
    return re.sub(r"0x[0-9a-f]+", "0xTHREAD", data)

import tempfile
with tempfile.TemporaryFile("w+") as f:
    faulthandler.dump_traceback_later(0.3, file=f)
    time.sleep(0.8)
    faulthandler.dump_traceback_later(0.4, repeat=True, file=f)
    time.sleep(1.0)
    faulthandler.cancel_dump_traceback_later()
    # cancelled before the timeout: nothing is written
    faulthandler.dump_traceback_later(0.2, file=f)
    faulthandler.cancel_dump_traceback_later()
    faulthandler.cancel_dump_traceback_later()
    # a second call replaces the first
    faulthandler.dump_traceback_later(0.2, file=f)
    faulthandler.dump_traceback_later(60, file=f)
    time.sleep(0.4)
    faulthandler.cancel_dump_traceback_later()
    f.seek(0)
    print(mask(f.read()))
ev.set()
t.join()

# a dump the watchdog may write before the cancel (1e-10 s rounds up to 1 us) goes to devnull:
# whether it comes first is a race in both interpreters
sink = open(os.devnull, "w")
for bad in (0, -1, 0.0000000001, "x", 1e300, 10**30, None):
    try:
        faulthandler.dump_traceback_later(bad, file=sink)
        faulthandler.cancel_dump_traceback_later()
        print(repr(bad), "accepted")
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
