# pdb through stdin: stepping into an exception, and post_mortem on a traceback.
import pdb
import sys
from _clients import EchoInput
from _pdbrun import runcall


def bad(d):
    return d["missing"]


def main():
    try:
        return bad({})
    except KeyError:
        return "handled"


runcall("""step
step
step
step
next
p d
next
next
continue
""", main)
try:
    bad({"x": 1})
except KeyError:
    tb = sys.exc_info()[2]
p = pdb.Pdb(stdin=EchoInput("where\np d\nup\nquit\n"), stdout=sys.stdout, readrc=False, nosigint=True)
p.reset()
p.interaction(None, tb)
