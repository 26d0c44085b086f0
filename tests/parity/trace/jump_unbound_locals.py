# Jumps that leave variables unbound at the target: every unbound local of the frame (cells
# and the hidden variables of inlined comprehensions counted) becomes None after CPython's
# RuntimeWarning "assigning None to N unbound local(s)", shown once per text and line.
import sys
from _jump import jump


def one_unbound(output):
    x = 1
    y = 2
    output.append((x, y))


def several_unbound(output):
    output.append(1)
    a, b, c = 1, 2, 3
    d = 4
    output.append((a, b, c, d))


def with_cell(output):
    output.append(1)
    x = 2
    def inner():
        return x
    output.append((x, inner()))


def over_listcomp(output):
    output.append(1)
    x = [i for i in range(10)]
    output.append(3)


def backwards_over_listcomp(output):
    a = 1
    x = [i for i in range(10)]
    c = 3
    output.append((a, x, c))


def into_comprehension_body(output):
    output.append(1)
    x = [i
         for i in range(3)]
    output.append(x)


def twice_same_count(output):
    output.append(1)
    x = 2
    output.append(x)


def deleted_variable(output):
    x = 1
    del x
    output.append(3)
    x = 4
    output.append(x)


jump(one_unbound, 1, 3)
jump(several_unbound, 1, 4)
jump(with_cell, 1, 5)
jump(over_listcomp, 1, 3)
jump(backwards_over_listcomp, 3, 1)
jump(into_comprehension_body, 1, 3)
jump(twice_same_count, 1, 3)
jump(twice_same_count, 1, 3)
jump(deleted_variable, 3, 5)
print(sorted(k for k in globals().get('__warningregistry__', {}) if k != 'version'))
import _jump
print(sorted(str(k) for k in _jump.__dict__.get('__warningregistry__', {})))
