# One Event used as a repeated handshake between two threads (set, clear, set again).
import threading

ping = threading.Event()
pong = threading.Event()
log = []
def responder():
    for i in range(4):
        ping.wait()
        ping.clear()
        log.append("pong %d" % i)
        pong.set()
t = threading.Thread(target=responder)
t.start()
for i in range(4):
    log.append("ping %d" % i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print("\n".join(log))
