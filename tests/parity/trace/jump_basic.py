# Jumps by frame.f_lineno from a 'line' trace event: forwards, backwards, to the same line, to
# a line without code (the next line with code is used), to the 'def' line, and the refusals
# for lines outside the function and for values that are not ints.
from _jump import jump


def simple_forwards(output):
    output.append(1)
    output.append(2)
    output.append(3)


def simple_backwards(output):
    output.append(1)
    output.append(2)


def same_line(output):
    output.append(1)
    output.append(2)
    output.append(3)


def codeless_line(output):
    output.append(1)
    # jumping to this comment goes to the next line

    output.append(4)


def to_def_line(output):
    output.append(1)
    output.append(2)


def after_the_end(output):
    output.append(1)
    output.append(2)


def before_the_start(output):
    output.append(1)
    output.append(2)


def not_an_int(output):
    output.append(1)
    output.append(2)


def is_none_forwards(output):
    x = None
    if x is None:
        output.append(3)
    else:
        output.append(5)


def is_not_none_backwards(output):
    x = None
    if x is not None:
        output.append(3)
    else:
        output.append(5)
    output.append(6)


jump(simple_forwards, 1, 3)
jump(simple_backwards, 2, 1)
jump(same_line, 2, 2)
jump(codeless_line, 1, 2)
jump(to_def_line, 2, 0)
jump(after_the_end, 1, 10)
jump(before_the_start, 1, -1)
jump(not_an_int, 1, 2.0)
jump(not_an_int, 1, '2')
jump(not_an_int, 1, True)
jump(not_an_int, 1, 2 ** 40)
jump(not_an_int, 1, -2 ** 70)
jump(is_none_forwards, 1, 4)
jump(is_not_none_backwards, 6, 5)
