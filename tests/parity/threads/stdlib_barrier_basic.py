# Barrier: four parties, the indices returned, the action run once per round, several rounds.
import threading

actions = []
b = threading.Barrier(4, action=lambda: actions.append(threading.current_thread().name != ""))
print(b.parties, b.n_waiting, b.broken)
got = {}

def party(name):
    mine = []
    for _ in range(3):
        mine.append(b.wait())
    got[name] = mine

ts = [threading.Thread(target=party, args=("p%d" % i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
rounds = [sorted(got[n][r] for n in got) for r in range(3)]
print(rounds)
print(actions, b.n_waiting, b.broken)
