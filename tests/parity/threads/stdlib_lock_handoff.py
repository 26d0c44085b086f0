# Two threads take turns through two locks (ping-pong); the log is in strict order.
import threading

ping, pong = threading.Lock(), threading.Lock()
pong.acquire()
log = []

def player(name, mine, other, rounds):
    for i in range(rounds):
        mine.acquire()
        log.append("%s %d" % (name, i))
        other.release()

a = threading.Thread(target=player, args=("ping", ping, pong, 5))
b = threading.Thread(target=player, args=("pong", pong, ping, 5))
a.start(); b.start()
a.join(); b.join()
print("\n".join(log))
print(ping.locked(), pong.locked())
