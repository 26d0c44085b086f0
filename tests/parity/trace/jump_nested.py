# Jumps across nested blocks: out of a for inside a try inside a while (the iterator and the
# blocks are left), from an inner loop to the outer loop's body (one iterator popped), out of
# an except block nested in a for loop, into a try nested in a loop, and a jump refused because
# the target is inside a deeper for loop.
import sys
from _jump import jump


def for_in_try_in_while(output):
    n = 0
    while n < 2:
        n += 1
        try:
            for i in 1, 2:
                output.append((n, i))
                output.append(7)
        finally:
            output.append(9)
    output.append(10)


def inner_to_outer_loop(output):
    for i in 1, 2:
        output.append(i)
        for j in 3, 4:
            output.append(j)
            output.append(5)
        output.append(6)
    output.append(7)


def except_in_for(output):
    for i in 1, 2:
        try:
            raise KeyError(i)
        except KeyError:
            output.append(i)
            output.append(6)
        output.append(sys.exception())
    output.append(8)


def into_try_in_loop(output):
    output.append(1)
    for i in 1, 2:
        try:
            output.append(4)
        finally:
            output.append(6)
    output.append(7)


def into_deeper_loop(output):
    for i in 1, 2:
        output.append(2)
    for j in 3, 4:
        for k in 5, 6:
            output.append(5)


def while_in_with_in_for(output):
    class CM:
        def __enter__(self):
            output.append('enter')
        def __exit__(self, *exc):
            output.append('exit')
    for i in 1, 2:
        with CM():
            n = 0
            while n < 2:
                n += 1
                output.append(n)
    output.append(13)


jump(for_in_try_in_while, 7, 10)
jump(for_in_try_in_while, 7, 3)
jump(inner_to_outer_loop, 5, 6)
jump(inner_to_outer_loop, 5, 2)
jump(except_in_for, 6, 7)
jump(except_in_for, 6, 1)
jump(into_try_in_loop, 1, 4)
jump(into_deeper_loop, 2, 5)
jump(while_in_with_in_for, 11, 12)
jump(while_in_with_in_for, 11, 8)
