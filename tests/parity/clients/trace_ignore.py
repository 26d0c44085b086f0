# trace.Trace(ignoremods=..., ignoredirs=...): ignored modules leave no counts.
import sys
import trace
import _target_lines_mod as target


def run():
    return target.loop(2)


for kwargs in ({}, {"ignoremods": ["_target_lines_mod"]}, {"ignoredirs": [sys.path[0]]}):
    t = trace.Trace(count=1, trace=0, **kwargs)
    t.runfunc(run)
    files = sorted({f.rsplit("/", 1)[-1] for f, _ in t.results().counts})
    print(sorted(kwargs), files)
