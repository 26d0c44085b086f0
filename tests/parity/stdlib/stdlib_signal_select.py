# signal (on a minimal _signal: numbers, names, the handler table, raise_signal) and select (argument checks)
import select
import signal
print(signal.SIGINT, repr(signal.SIGINT), signal.Signals(15), signal.Handlers.SIG_IGN, signal.NSIG)
print(signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE), signal.getsignal(32))
print(len(signal.valid_signals()), sorted(signal.valid_signals())[:3], signal.strsignal(signal.SIGTERM), signal.strsignal(40), signal.strsignal(32))
got = []
def h(signum, frame): got.append(signum)
old = signal.signal(signal.SIGUSR1, h); print(old, signal.getsignal(signal.SIGUSR1) is h)
signal.raise_signal(signal.SIGUSR1); print(got)
signal.signal(signal.SIGUSR1, signal.SIG_IGN); signal.raise_signal(signal.SIGUSR1); print(signal.getsignal(signal.SIGUSR1))
try: signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt: print('KeyboardInterrupt')
print(signal.set_wakeup_fd(-1), signal.alarm(0), signal.getitimer(signal.ITIMER_REAL), signal.ItimerError, signal.default_int_handler)
for e in ['signal.signal(2, 5)', 'signal.signal(0, signal.SIG_DFL)', 'signal.signal(65, signal.SIG_DFL)', 'signal.signal(9, signal.SIG_IGN)', 'signal.getsignal(0)', 'signal.signal("x", 1)', 'signal.strsignal(100)']:
    try: print(e, '->', repr(eval(e)))
    except BaseException as ex: print(e, '->', type(ex).__name__, ex)
print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL, select.POLLRDNORM, select.POLLWRBAND, select.POLLMSG, select.POLLRDHUP, select.PIPE_BUF)
for e in ['select.select([], [], [], 0)', 'select.select([], [], [], -1)', 'select.select([], [], [], "x")', 'select.select(["a"], [], [], 0)', 'select.select([-1], [], [], 0)', 'select.select(1, [], [], 0)', 'select.select([], [])', 'select.poll().poll(0)', 'select.poll().register(-1)', 'select.poll().unregister(5)', 'select.error', 'select.select([0], [1], [], 0)']:
    try: print(e, '->', repr(eval(e)))
    except Exception as ex: print(e, '->', type(ex).__name__, ex)
p = select.poll(); p.register(1, select.POLLOUT); print(p.poll(0)); p.unregister(1); print(p.poll(1))
