# traceback (formatting exceptions, stacks, chains and groups) and linecache, on pyjama's frames
import linecache
import sys
import traceback


def inner(n):
    return 10 // n


def outer(n):
    return inner(n - 1)


try:
    outer(1)
except ZeroDivisionError as e:
    traceback.print_exc(file=sys.stdout)
    print("".join(traceback.format_exception(e)), end="")
    print(traceback.format_exception_only(type(e), e))
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in tb])
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type_str if hasattr(te, "exc_type_str") else te.exc_type.__name__, list(te.format_exception_only()))

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError:
    traceback.print_exc(file=sys.stdout)

try:
    try:
        [][1]
    except IndexError:
        raise TypeError("during handling")
except TypeError:
    traceback.print_exc(limit=1, file=sys.stdout, chain=True)


def show_stack():
    return traceback.format_stack(limit=2)


print("".join(show_stack()), end="")
print(traceback.extract_stack(limit=1)[0].name)
try:
    raise ExceptionGroup("group", [ValueError("v"), TypeError("t")])
except ExceptionGroup as eg:
    traceback.print_exception(eg, file=sys.stdout)
try:
    compile("x = (1,\n", "<snippet>", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")
traceback.print_exception(RuntimeError("no traceback"), file=sys.stdout)

here = __file__
print(linecache.getline(here, 1), end="")
print(repr(linecache.getline(here, 10**6)), len(linecache.getlines(here)) > 40)
print(linecache.getline("no_such_file.py", 1) == "", linecache.checkcache(here))
linecache.clearcache()
print(linecache.getline(here, 2).rstrip())
lines = linecache.getlines(traceback.__file__)
print(len(lines) > 100, lines[0].startswith('"""'))
