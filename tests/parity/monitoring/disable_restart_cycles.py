# DISABLE and restart_events in cycles: every local event kind returns DISABLE at its sites, the
# code runs again (silent), restart_events re-arms all of them; twice, with a second tool
# that never disables.
import sys

from _events import DRIVER, E, flush, log, mon, recorder, short, unwatch, watch


mon.use_tool_id(1, 'disabler')
mon.use_tool_id(2, 'keeper')


def classify(x):
    if x is None:
        return 'none'
    while x > 10:
        x //= 10
    return 'big' if x > 5 else 'small'


def gen(items):
    for x in items:
        yield classify(x)


LOCAL = ('PY_START', 'PY_RESUME', 'PY_RETURN', 'PY_YIELD', 'CALL', 'LINE', 'INSTRUCTION', 'JUMP', 'BRANCH')
counts = {}


def counting(name):
    def callback(code, where, *args):
        if code.co_filename != __file__ or code.co_name in DRIVER:
            return
        counts[name] = counts.get(name, 0) + 1
        return mon.DISABLE
    return callback


for name in LOCAL:
    mon.register_callback(1, getattr(E, name), counting(name))
ALL = 0
for name in LOCAL:
    ALL |= getattr(E, name)


def round_(title):
    out = list(gen([None, 3, 77, 123456]))
    print(title, out, sorted(counts.items()))
    counts.clear()


mon.set_events(1, ALL)
round_('first run')
round_('second run (all disabled)')
mon.restart_events()
round_('after restart_events')
round_('disabled again')
watch(2, 'LINE', 'BRANCH')
mon.set_events(2, E.LINE | E.BRANCH)
round_('keeper on, disabler still disabled')
flush('keeper saw')
mon.restart_events()
round_('restart with two tools')
flush('keeper saw')
mon.set_events(1, 0)
mon.set_events(2, 0)
round_('both off')
mon.set_events(1, ALL)
round_('disabler on again (disables stay until restart)')
mon.restart_events()
round_('restart')
mon.set_events(1, 0)
print(list(gen([1, 99])))
