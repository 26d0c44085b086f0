"""Support for the clients fixtures: run a tool's command line in process, mask times.

`run_module('cProfile', '-s', 'calls', '_target.py')` is `python -m cProfile -s calls
_target.py`: what the module runs as __main__ (its main()) runs with sys.argv set as the -m
option sets it. (Not through runpy: pyjama's sys.meta_path is still empty, so
importlib.util.find_spec, which runpy uses to find a module, and importlib.import_module find
nothing.) Its standard
output is captured and printed with every time masked, then the exit status if the tool
exited with one.
"""
import io
import re
import sys

# a time as profile/pstats print it ("0.000", "12.345"), with the blanks that pad its column
_TIME = re.compile(r" *\b\d+\.\d{3}\b")
# "in 0.012 seconds"
_SECONDS = re.compile(r"in \d+\.\d+ seconds")


def mask(text):
    text = _SECONDS.sub("in T seconds", text)
    return _TIME.sub(" T", text)


def capture(fn, *args, **kwargs):
    """Run fn(*args) with sys.stdout captured; return (result or exit status, output)."""
    saved = sys.stdout
    sys.stdout = buf = io.StringIO()
    status = None
    try:
        status = fn(*args, **kwargs)
    except SystemExit as e:
        status = ("exit", e.code)
    finally:
        sys.stdout = saved
    return status, buf.getvalue()


def run_module(name, *argv, stdin=None):
    """python -m NAME ARGV... in process; prints its masked output and any exit status."""
    saved_argv, saved_stdin = sys.argv[:], sys.stdin
    module = __import__(name)
    sys.argv = [module.__file__] + list(argv)
    if stdin is not None:
        sys.stdin = EchoInput(stdin)
    try:
        status, out = capture(module.main)
    finally:
        sys.argv, sys.stdin = saved_argv, saved_stdin
    print(mask(out), end="")
    if isinstance(status, tuple):
        print("exit:", status[1])


class EchoInput(io.StringIO):
    """A standard input that echoes each line it hands out, so a debugger's transcript shows
    the commands it read after its prompts."""

    def readline(self, *args):
        line = super().readline(*args)
        sys.stdout.write(line if line else "<EOF>\n")
        return line


def print_stats(stats_dict):
    """A pstats dict (func -> (cc, nc, tt, ct, callers)) without its times, sorted."""
    for func in sorted(stats_dict, key=_funckey):
        cc, nc, tt, ct, callers = stats_dict[func]
        print(_name(func), "calls", nc, "primitive", cc)
        for caller in sorted(callers, key=_funckey):
            v = callers[caller]
            # profile.py keeps a count per caller; cProfile (nc, cc, tt, ct)
            counts = v if isinstance(v, int) else v[:2]
            print("    from", _name(caller), counts)


def _funckey(func):
    # Sort by the printed name, not the full path: where the checkout and the
    # CPython installation live must not change the order.
    return (_name(func), func[1], str(func[2]))


def _name(func):
    filename, line, name = func
    if filename.startswith("/"):
        filename = filename.rsplit("/", 1)[-1]
    return f"{filename}:{line}({name})"
