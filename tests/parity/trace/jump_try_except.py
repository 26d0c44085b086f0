# Jumps and try/except: into any except clause is refused (no exception on the stack), out of
# an except clause pops the handled exception (sys.exception() is the outer one again),
# between clauses, into a try body, and the exception state seen after the jump.
import sys
from _jump import jump


def into_bare_except(output):
    output.append(1)
    try:
        output.append(3)
    except:
        output.append(5)
    output.append(6)


def into_typed_except(output):
    output.append(1)
    try:
        output.append(3)
    except ValueError:
        output.append(5)
    output.append(6)


def into_except_as(output):
    output.append(1)
    try:
        output.append(3)
    except (KeyError, ValueError) as e:
        output.append(5)
    output.append(6)


def out_of_except(output):
    try:
        1 / 0
    except ZeroDivisionError:
        output.append(sys.exception().__class__.__name__)
        output.append(5)
    output.append(sys.exception())


def out_of_nested_except(output):
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise ValueError('inner')
        except ValueError:
            output.append(repr(sys.exception()))
            output.append(8)
        output.append(repr(sys.exception()))
    output.append(sys.exception())


def between_except_clauses(output):
    try:
        raise ValueError
    except ValueError:
        output.append(4)
        output.append(5)
    except KeyError:
        output.append(7)
    output.append(8)


def into_try_body(output):
    output.append(1)
    try:
        output.append(3)
        output.append(4)
    except ValueError:
        output.append(6)
    output.append(7)


def backwards_out_of_except(output):
    output.append(1)
    try:
        raise KeyError
    except KeyError:
        output.append(5)
        output.append(6)
    output.append(7)


def except_star(output):
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError:
        output.append(4)
        output.append(5)
    output.append(6)


def out_of_try_to_after(output):
    try:
        output.append(2)
        raise KeyError
    except KeyError:
        output.append(5)
    output.append(6)


jump(into_bare_except, 1, 5)
jump(into_typed_except, 3, 5)
jump(into_except_as, 1, 5)
jump(out_of_except, 5, 6)
jump(out_of_nested_except, 8, 10)
jump(out_of_nested_except, 8, 9)
jump(between_except_clauses, 4, 7)
jump(into_try_body, 1, 4)
jump(backwards_out_of_except, 6, 1)
jump(except_star, 4, 6)
jump(except_star, 4, 3)
jump(out_of_try_to_after, 2, 6)
