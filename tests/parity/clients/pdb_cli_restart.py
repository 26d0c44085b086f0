# python -m pdb: the program ends, pdb restarts it; commands until end of input.
from _clients import run_module
run_module("pdb", "_target_debug.py", stdin="""continue
next
p nums
continue
""")
