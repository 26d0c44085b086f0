# current_thread, main_thread, enumerate, active_count, get_ident and get_native_id across threads.
import threading

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print(threading.active_count(), [t.name for t in threading.enumerate()])
ready = threading.Barrier(4)
hold = threading.Event()
info = {}
def worker():
    me = threading.current_thread()
    info[me.name] = (me.ident == threading.get_ident(), isinstance(me.native_id, int),
                     me is not main, me.is_alive(), threading.main_thread() is main)
    ready.wait()
    hold.wait()

ts = [threading.Thread(target=worker, name="w%d" % i) for i in range(3)]
print([t.ident for t in ts], [t.native_id for t in ts])
for t in ts: t.start()
ready.wait()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
print(len({t.ident for t in ts} | {main.ident}), all(isinstance(t.ident, int) for t in ts))
hold.set()
for t in ts: t.join()
for k in sorted(info):
    print(k, info[k])
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.get_ident() == main.ident, threading.get_native_id() == main.native_id)
