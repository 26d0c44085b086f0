# python -m pdb _target_debug.py with its commands on stdin.
from _clients import run_module
run_module("pdb", "_target_debug.py", stdin="""step
next
next
break square
continue
p x
where
return
p y
continue
quit
""")
