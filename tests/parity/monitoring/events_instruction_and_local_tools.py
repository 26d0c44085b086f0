# INSTRUCTION events at every instruction of a small function (layered under LINE), local
# events of two tools on different code objects, and DISABLE of INSTRUCTION and JUMP sites.
import sys

mon = sys.monitoring
E = mon.events
mon.use_tool_id(0, 'a')
mon.use_tool_id(3, 'b')
log = []


def small(x):
    if x > 1:
        x -= 1
    return x * 2


def other(n):
    while n:
        n -= 1
    return n


mon.register_callback(0, E.INSTRUCTION, lambda code, off: log.append(('insn', code.co_name, off)))
mon.register_callback(0, E.LINE, lambda code, line: log.append(('line', code.co_name, line - code.co_firstlineno)))
mon.register_callback(3, E.JUMP, lambda code, src, dst: log.append(('jump', code.co_name, src, dst)))
mon.register_callback(3, E.BRANCH, lambda code, src, dst: log.append(('branch', code.co_name, src, dst)))
mon.set_local_events(0, small.__code__, E.INSTRUCTION | E.LINE)
mon.set_local_events(3, other.__code__, E.JUMP | E.BRANCH)
print(small(3), small(0), other(2))
mon.set_local_events(0, small.__code__, 0)
mon.set_local_events(3, other.__code__, 0)
for entry in log:
    print(entry)
log.clear()

mon.register_callback(0, E.INSTRUCTION, lambda code, off: (log.append(('insn once', off)), mon.DISABLE)[1])
mon.register_callback(3, E.JUMP, lambda code, src, dst: (log.append(('jump once', src, dst)), mon.DISABLE)[1])
mon.set_local_events(0, small.__code__, E.INSTRUCTION)
mon.set_local_events(3, other.__code__, E.JUMP)
print(small(3), small(3), other(3), other(3))
print(mon.get_local_events(0, small.__code__), mon.get_local_events(3, other.__code__))
mon.set_local_events(0, small.__code__, 0)
mon.set_local_events(3, other.__code__, 0)
for entry in log:
    print(entry)
print(small(5), other(4))
