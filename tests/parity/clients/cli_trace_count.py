# python -m trace --count --missing --summary -C DIR _target_lines.py: the summary and the
# annotated .cover file (counts, and >>>>>> for lines never run).
import os
import tempfile
from _clients import run_module

with tempfile.TemporaryDirectory() as d:
    run_module("trace", "--count", "--missing", "--summary", "-C", d, "_target_lines.py")
    for name in sorted(os.listdir(d)):
        print("==", name)
        with open(os.path.join(d, name)) as f:
            print(f.read(), end="")
