# Jumps into, out of and around for and while loops: leaving a for loop pops its iterator,
# entering a for body is refused (no iterator on the stack), while bodies can be entered.
from _jump import jump


def out_of_for_forwards(output):
    for i in 1, 2:
        output.append(2)
        for j in [3]:
            output.append(4)
    output.append(5)


def out_of_for_backwards(output):
    output.append(1)
    for i in [1]:
        output.append(3)
        for j in [2]:
            output.append(5)
        output.append(6)
    output.append(7)


def into_for_body(output):
    output.append(1)
    for i in 1, 2:
        output.append(3)
    output.append(4)


def into_inner_for_body(output):
    for i in 1, 2:
        output.append(2)
        for j in 3, 4:
            output.append(4)
        output.append(5)


def for_header_from_body(output):
    for i in 1, 2:
        output.append(i)
        output.append(3)


def over_for_to_else(output):
    for i in 1, 2:
        output.append(2)
    else:
        output.append(4)
    output.append(5)


def into_for_else(output):
    output.append(1)
    for i in 1, 2:
        output.append(3)
    else:
        output.append(5)
    output.append(6)


def into_while_body(output):
    i = 0
    output.append(2)
    while i < 2:
        output.append(4)
        i += 1
    output.append(6)


def out_of_while(output):
    i = 0
    while i < 3:
        output.append(3)
        i += 1
        output.append(5)
    output.append(6)


def while_true_break(output):
    n = 0
    while True:
        n += 1
        if n > 2:
            break
        output.append(n)
    output.append(8)


def backwards_over_for(output):
    total = 0
    for i in range(3):
        total += i
    output.append(total)
    output.append(6)


def break_out_of_two_fors(output):
    for i in 1, 2:
        for j in 3, 4:
            output.append((i, j))
            output.append(4)
    output.append(6)


jump(out_of_for_forwards, 3, 5)
jump(out_of_for_backwards, 6, 1)
jump(into_for_body, 1, 3)
jump(into_inner_for_body, 2, 4)
jump(for_header_from_body, 3, 1)
jump(over_for_to_else, 1, 4)
jump(into_for_else, 1, 5)
jump(into_while_body, 2, 4)
jump(out_of_while, 4, 6)
jump(while_true_break, 3, 7)
jump(backwards_over_for, 5, 2)
jump(break_out_of_two_fors, 4, 5)
