# Jumps in code that is not a function: module code run by exec() (to its first line, forwards
# over a definition, backwards, out of range) and a class body (forwards, backwards to the
# class line, into a for loop).
import sys

SOURCE = '''\
out.append(1)
out.append(2)
def f():
    pass
out.append(5)
out.append(6)
'''


def run_module(jump_from, jump_to):
    code = compile(SOURCE, '<module>', 'exec')
    done = []

    def tracer(frame, event, arg):
        if frame.f_code is code and event == 'line' and frame.f_lineno == jump_from and not done:
            done.append(1)
            try:
                frame.f_lineno = jump_to
            except ValueError as e:
                done.append(str(e))
        return tracer
    out = []
    sys.settrace(tracer)
    exec(code, {'out': out})
    sys.settrace(None)
    print(f'module {jump_from}->{jump_to}: {out} {done[1:]}')


run_module(2, 1)
run_module(1, 5)
run_module(6, 3)
run_module(2, 0)
run_module(2, 9)


def run_class(jump_from, jump_to):
    first = []

    def tracer(frame, event, arg):
        if frame.f_code.co_name == 'C' and event == 'line':
            if not first:
                first.append(frame.f_lineno)
            elif frame.f_lineno == first[0] + jump_from and len(first) == 1:
                try:
                    frame.f_lineno = first[0] + jump_to
                    first.append('jumped')
                except ValueError as e:
                    first.append(str(e))
        return tracer
    sys.settrace(tracer)

    class C:
        a = 1
        b = 2
        c = 3
        for d in 4, 5:
            e = d
    sys.settrace(None)
    print(f'class {jump_from}->{jump_to}:', first[1:], sorted(k for k in vars(C) if len(k) == 1))


run_class(1, 3)
run_class(2, 0)
run_class(1, 5)
