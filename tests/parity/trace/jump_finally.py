# Jumps and try/finally: out of the try body (the finally block does not run), into a finally
# block from the try body and from outside, out of a finally block, over a return inside
# try/finally, and within nested finally blocks.
from _jump import jump


def out_of_try_finally(output):
    try:
        output.append(2)
        output.append(3)
    finally:
        output.append(5)
    output.append(6)


def into_finally_from_try(output):
    try:
        output.append(2)
        output.append(3)
    finally:
        output.append(5)
        output.append(6)
    output.append(7)


def into_finally_from_outside(output):
    output.append(1)
    try:
        output.append(3)
    finally:
        output.append(5)
    output.append(6)


def out_of_finally(output):
    try:
        output.append(2)
    finally:
        output.append(4)
        output.append(5)
    output.append(6)


def in_nested_finally(output):
    try:
        output.append(2)
    finally:
        output.append(4)
        try:
            output.append(6)
        finally:
            output.append(8)
        output.append(9)


def over_return_in_try(output):
    try:
        output.append(2)
        return
    finally:
        output.append(5)
    output.append(6)


def across_return_in_finally(output):
    output.append(1)
    try:
        output.append(3)
    finally:
        output.append(5)
        return
    output.append(7)


def backwards_into_try_finally(output):
    try:
        output.append(2)
    finally:
        output.append(4)
    output.append(5)


def finally_after_exception(output):
    try:
        raise KeyError
    finally:
        output.append(4)
        output.append(5)
    output.append(6)


jump(out_of_try_finally, 2, 6)
jump(into_finally_from_try, 2, 5)
jump(into_finally_from_outside, 1, 5)
jump(out_of_finally, 4, 6)
jump(in_nested_finally, 4, 9)
jump(over_return_in_try, 3, 6)
jump(across_return_in_finally, 1, 7)
jump(backwards_into_try_finally, 5, 2)
jump(finally_after_exception, 4, 6)
jump(finally_after_exception, 4, 1)
