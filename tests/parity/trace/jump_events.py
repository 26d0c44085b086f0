# Which trace events a jump may be made from: 'line' (and the 'line' of a backward jump to the
# same line), the 'call' of a resumed generator and the 'return' of a yield; not the 'call' of
# a new frame, a real 'return', an 'exception' (StopIteration's is CPython's SystemError), nor
# an 'opcode' event.
import sys
from _jump import jump


def from_call(output):
    output.append(1)
    output.append(2)


def from_return(output):
    output.append(1)
    return 2


def from_exception(output):
    output.append(1)
    try:
        raise KeyError
    except KeyError:
        output.append(5)
    output.append(6)


def one_line_while(output):
    i = 0
    while i < 3: i += 1
    output.append(i)


async def await_stop_iteration(output):
    async def inner():
        return 2
    output.append(await inner())
    output.append(5)


def with_opcodes(func, output):
    # f_trace_opcodes set on the function's frame at its first line: its 'opcode' events follow
    tracer = sys.gettrace()

    def opcodes(frame, event, arg):
        if frame.f_code is func.__code__ and event == 'line':
            frame.f_trace_opcodes = True
        result = tracer(frame, event, arg)
        return opcodes if result is not None else None
    sys.settrace(opcodes)
    func(output)


def line_then_opcodes(output):
    output.append(1)
    output.append(2)
    output.append(3)


jump(from_call, 0, 2, event='call')
jump(from_return, 2, 1, event='return')
jump(from_exception, 3, 5, event='exception')
jump(one_line_while, 2, 3, skip=2)
jump(one_line_while, 2, 1, skip=1)
jump(await_stop_iteration, 3, 4, event='exception')
jump(line_then_opcodes, 2, 3, event='opcode', driver=with_opcodes)
jump(line_then_opcodes, 1, 3, driver=with_opcodes)
