"""Runs pdb on its commands, read as its standard input (echoed after each prompt)."""
import pdb
import sys
from _clients import EchoInput


def debugger(commands):
    return pdb.Pdb(stdin=EchoInput(commands), stdout=sys.stdout, readrc=False, nosigint=True)


def runcall(commands, fn, *args):
    try:
        result = debugger(commands).runcall(fn, *args)
        print("returned", result)
    except pdb.bdb.BdbQuit:
        print("BdbQuit")
    finally:
        sys.settrace(None)
