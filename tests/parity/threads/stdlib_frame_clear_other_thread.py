import sys, threading
ready, go, frames = threading.Event(), threading.Event(), []
def worker():
    secret = 'a'
    frames.append(sys._getframe()); ready.set(); go.wait()
    print('worker sees', secret)
t = threading.Thread(target=worker); t.start(); ready.wait()
try: frames[0].clear()
except RuntimeError as e: print(e)
go.set(); t.join()
