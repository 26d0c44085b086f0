# Support for the jump_*.py fixtures (not a fixture itself): runs a function under a trace
# function that sets frame.f_lineno once, when the given event arrives on the given line, and
# prints what happened: whether the jump was made or refused (with the error), the function's
# output list, how the call ended, and the trace events of the function's own frames.
# Line numbers are relative to the function's first line (its 'def'), as in CPython's
# test_sys_settrace.JumpTestCase, whose JumpTracer this follows.
import sys


class Jumper:
    def __init__(self, func, jump_from, jump_to, event, propagate, skip):
        self.code = func.__code__
        self.first = self.code.co_firstlineno
        self.jump_from = jump_from
        self.jump_to = jump_to
        self.event = event
        self.propagate = propagate
        self.skip = skip
        self.done = False
        self.error = None
        self.events = []

    def trace(self, frame, event, arg):
        if frame.f_code is self.code:
            self.events.append(f'{event[0]}{frame.f_lineno - self.first}')
        if (not self.done and event == self.event
                and frame.f_lineno == self.first + self.jump_from):
            f = frame
            while f is not None and f.f_code is not self.code:
                f = f.f_back
            if f is not None and self.skip:
                self.skip -= 1
            elif f is not None:
                self.done = True
                to = self.jump_to
                if type(to) is int:
                    to += self.first
                try:
                    frame.f_lineno = to
                    self.events.append(f'->{frame.f_lineno - self.first}')
                except Exception as e:
                    self.error = e
                    if self.propagate:
                        raise
        return self.trace


def run_coroutine(coro):
    """Drives a coroutine that awaits nothing that suspends (no event loop here)."""
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def jump(func, jump_from, jump_to, event='line', propagate=False, driver=None, skip=0):
    """One case: calls func(output) (or driver(func, output)) with the jumping tracer installed;
    the jump is made at the first matching event after the first skip ones."""
    globals().pop('__warningregistry__', None)  # each case shows its own RuntimeWarning
    print(f'-- {func.__name__}', file=sys.stderr)
    output = []
    tracer = Jumper(func, jump_from, jump_to, event, propagate, skip)
    sys.settrace(tracer.trace)
    try:
        if driver is not None:
            driver(func, output)
        else:
            result = func(output)
            if type(result).__name__ == 'coroutine':
                run_coroutine(result)
        outcome = 'returned'
    except Exception as e:
        outcome = f'raised {type(e).__name__}: {e}'
    finally:
        sys.settrace(None)
    if tracer.error is not None:
        made = f'refused {type(tracer.error).__name__}: {tracer.error}'
    else:
        made = 'jumped' if tracer.done else 'never reached'
    print(f'{func.__name__} {jump_from}->{jump_to} on {event}: {made}')
    print(f'    output {output}, {outcome}')
    events = tracer.events
    if len(events) > 60:
        events = events[:25] + [f'...{len(events) - 50} more...'] + events[-25:]
    print(f'    events {" ".join(events)}')
