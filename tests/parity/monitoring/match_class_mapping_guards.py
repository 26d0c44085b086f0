# match statements under LINE, BRANCH, JUMP and CALL: class patterns with __match_args__,
# mapping and sequence patterns, or-patterns, captures, guards (one raising), and the
# fall-through when no case matches.
import sys

from _events import DRIVER, E, flush, log, mon, recorder, short, unwatch, watch


T = 0
mon.use_tool_id(T, 'match')
watch(T, 'LINE', 'BRANCH', 'JUMP', 'CALL', 'C_RETURN', 'RAISE', 'EXCEPTION_HANDLED')


class Point:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y


def checked(v):
    if v == 13:
        raise ValueError('unlucky')
    return v > 0


def describe(subject):
    match subject:
        case Point(0, 0):
            return 'origin'
        case Point(x, 0) | Point(0, x):
            return 'axis %d' % x
        case Point(x=x, y=y) if checked(x):
            return 'point %d %d' % (x, y)
        case {'kind': 'circle', 'r': r}:
            return 'circle %s' % r
        case [first, *rest] if rest:
            return 'seq %s+%d' % (first, len(rest))
        case [only]:
            return 'single %s' % only
        case str() | bytes():
            return 'text'
        case _:
            return None


SUBJECTS = [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 5), Point(-1, 1), {'kind': 'circle', 'r': 2},
            [1, 2, 3], [9], 'abc', 42]

mon.set_events(T, E.LINE | E.BRANCH | E.JUMP)
print([describe(s) for s in SUBJECTS[:4]])
flush('lines and branches')
mon.set_events(T, E.CALL | E.RAISE | E.EXCEPTION_HANDLED)
print([describe(s) for s in SUBJECTS[4:]])
flush('calls')
try:
    describe(Point(13, 1))
except ValueError as e:
    print('guard raised', e)
flush('raising guard')
mon.set_events(T, 0)
mon.set_local_events(T, describe.__code__, E.BRANCH)
print([describe(s) for s in SUBJECTS])
flush('local BRANCH only')
mon.set_local_events(T, describe.__code__, 0)
