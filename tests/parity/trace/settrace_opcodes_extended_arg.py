# sys.settrace: opcode events for EXTENDED_ARG and the long jump it prefixes.
import sys


def show(arg):
    if isinstance(arg, tuple) and len(arg) == 3 and isinstance(arg[0], type) and issubclass(arg[0], BaseException):
        return f'{arg[0].__name__}({arg[1]})'
    if isinstance(arg, (tuple, list)):
        return type(arg).__name__ + '[' + ', '.join(show(x) for x in arg) + ']'
    if arg is None or isinstance(arg, (bool, int, float, str)):
        return repr(arg)
    return type(arg).__name__


def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    print(event, frame.f_code.co_qualname, frame.f_lineno - frame.f_code.co_firstlineno, show(arg))
    return tracer


def f():
    total = 0
    for i in range(1):
        x0 = i + 0
        x1 = i + 1
        x2 = i + 2
        x3 = i + 3
        x4 = i + 4
        x5 = i + 5
        x6 = i + 6
        x7 = i + 7
        x8 = i + 8
        x9 = i + 9
        x10 = i + 10
        x11 = i + 11
        x12 = i + 12
        x13 = i + 13
        x14 = i + 14
        x15 = i + 15
        x16 = i + 16
        x17 = i + 17
        x18 = i + 18
        x19 = i + 19
        x20 = i + 20
        x21 = i + 21
        x22 = i + 22
        x23 = i + 23
        x24 = i + 24
        x25 = i + 25
        x26 = i + 26
        x27 = i + 27
        x28 = i + 28
        x29 = i + 29
        x30 = i + 30
        x31 = i + 31
        x32 = i + 32
        x33 = i + 33
        x34 = i + 34
        x35 = i + 35
        x36 = i + 36
        x37 = i + 37
        x38 = i + 38
        x39 = i + 39
        x40 = i + 40
        x41 = i + 41
        x42 = i + 42
        x43 = i + 43
        x44 = i + 44
        x45 = i + 45
        x46 = i + 46
        x47 = i + 47
        x48 = i + 48
        x49 = i + 49
        x50 = i + 50
        x51 = i + 51
        x52 = i + 52
        x53 = i + 53
        x54 = i + 54
        x55 = i + 55
        x56 = i + 56
        x57 = i + 57
        x58 = i + 58
        x59 = i + 59
        total += x59
    return total


def t(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    frame.f_trace_opcodes = True
    rel = frame.f_lineno - frame.f_code.co_firstlineno
    if event != 'opcode' and (rel < 4 or rel > 62):
        print(event, rel, frame.f_lasti)
    if event == 'opcode' and frame.f_code.co_code[frame.f_lasti] in (144, 77, 76):
        print(event, rel, frame.f_lasti, frame.f_code.co_code[frame.f_lasti])
    return t


sys.settrace(t)
f()
sys.settrace(None)
