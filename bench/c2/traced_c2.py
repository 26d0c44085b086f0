# Traced warm-up cost, load-independent: a bench/suite benchmark's main(N) run 6 times untraced,
# then CALLS times under sys.settrace (or sys.setprofile) with a Python function that returns
# itself; prints each call's main-thread CPU seconds (u... = untraced) and the CPU seconds of
# the JVM's C2 and C1 compiler threads (from /proc/self/task) before tracing and during the traced
# calls. Run with -XX:-UseDynamicNumberOfCompilerThreads (bench/c2/ab does) so that no compiler
# thread exits and takes its CPU time with it.
#   pyjama bench/c2/traced_c2.py BENCH CALLS [settrace|setprofile]
import sys, time, importlib, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'suite'))
m = importlib.import_module(sys.argv[1])
mode = sys.argv[3] if len(sys.argv) > 3 else 'settrace'
setf = sys.settrace if mode == 'settrace' else sys.setprofile
def comp():
    c1 = c2 = 0
    for t in os.listdir('/proc/self/task'):
        try:
            with open('/proc/self/task/%s/comm' % t) as f: name = f.read()
            with open('/proc/self/task/%s/stat' % t) as f: st = f.read()
        except OSError:
            continue
        fl = st[st.rindex(')') + 2:].split()
        ticks = int(fl[11]) + int(fl[12])
        if name.startswith('C2 '): c2 += ticks
        elif name.startswith('C1 '): c1 += ticks
    return c1 / 100, c2 / 100
def tr(frame, event, arg):
    return tr
for i in range(6):
    t = time.thread_time(); m.main(m.N); print("u%.3f" % (time.thread_time() - t), end=" ", flush=True)
a1, a2 = comp()
tt = []
for i in range(int(sys.argv[2])):
    setf(tr)
    t = time.thread_time(); m.main(m.N); t = time.thread_time() - t
    setf(None)
    print("%.3f" % t, end=" ", flush=True)
b1, b2 = comp()
print("| untracedC2 %.2f tracedC2 %.2f tracedC1 %.2f" % (a2, b2 - a2, b1 - a1))
