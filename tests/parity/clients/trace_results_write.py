# trace.CoverageResults.write_results: the .cover file for a module, with missing lines.
import os
import tempfile
import trace
import _target_lines_mod as target

t = trace.Trace(count=1, trace=0)
t.runfunc(target.loop, 2)
with tempfile.TemporaryDirectory() as d:
    t.results().write_results(show_missing=True, summary=True, coverdir=d)
    for name in sorted(os.listdir(d)):
        print("==", name)
        with open(os.path.join(d, name)) as f:
            print(f.read(), end="")
