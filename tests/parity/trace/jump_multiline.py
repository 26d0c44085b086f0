# Jumps and statements or expressions over several lines: onto a line in the middle of a call
# (refused while a NULL or the callable is on the stack), onto the continuation lines of a list
# display and of a condition, out of the middle of a multi-line expression, and line starts
# that appear twice in the code (the first compatible one is taken).
from _jump import jump


def into_call_arguments(output):
    output.append(1)
    output.append(
        3
    )
    output.append(5)


def into_list_display(output):
    output.append(1)
    x = [
        2,
        3,
    ]
    output.append(x)


def out_of_call_arguments(output):
    output.append(
        output.append(2)
    )
    output.append(4)


def into_condition(output):
    a = b = 1
    if (a and
            b):
        output.append(4)
    output.append(5)


def null_on_stack(output):
    output.append(1)
    len(
        [3]
    )
    output.append(5)


def method_null_on_stack(output):
    output.append(1)
    output.append(
        sum([3, 4]))
    output.append(5)


def into_nested_call(output):
    output.append(1)
    output.append(
        str(
            4))
    output.append(6)


jump(into_call_arguments, 1, 3)
jump(into_list_display, 1, 3)
jump(out_of_call_arguments, 2, 4)
jump(into_condition, 1, 3)
jump(null_on_stack, 1, 3)
jump(method_null_on_stack, 1, 3)
jump(into_nested_call, 1, 4)
jump(into_nested_call, 4, 1)
