# Jumps and the limits of the stack analysis: from a line inside more nested for loops than the
# model holds (CPython's "stack to deep to analyze", sic), to a line inside them ("stack is too
# deep to analyze"), over jumps with EXTENDED_ARG offsets (a long loop body), over UNPACK_EX and
# short-circuit expressions, and into expressions with a NULL or a value on the stack.
from _jump import jump

N = 20
lines = ['def deep(output):', '    output.append(1)']
for depth in range(N):
    lines.append('    ' * (depth + 1) + f'for i{depth} in [0]:')
lines.append('    ' * (N + 1) + 'output.append(2)')
lines.append('    ' * (N + 1) + 'output.append(3)')
lines.append('    output.append(4)')
namespace = {}
exec('\n'.join(lines), namespace)
deep = namespace['deep']
inner = N + 2  # the first line inside the loops, relative to the def

source = ['def long_loop(output):', '    output.append(1)', '    for _ in [1]:']
source += [f'        _ = {i}' for i in range(3, 3000)]
source.append('    output.append(3000)')
exec('\n'.join(source), namespace)
long_loop = namespace['long_loop']


def unpack_ex_simple(output):
    output.append(1)
    _, *_, _ = output.append(2) or "Spam"
    output.append(3)


def unpack_ex_tricky(output):
    output.append(1)
    (
        _, *_, _
    ) = output.append(4) or "Spam"
    output.append(5)


def or_pop(output):
    output.append(1)
    _ = output.append(2) and "Spam"
    output.append(3)


def null_load_global(output):
    output.append(1)
    output.append(
        len(
            [1, 2, 3]
        )
    )
    output.append(7)


def value_on_stack(output):
    a = 1
    output.append(
        a
        +
        10
    )
    output.append(7)


jump(deep, inner + 1, 1)
jump(deep, 1, inner)
jump(deep, inner, inner + 1)
jump(long_loop, 1, 3000)
jump(long_loop, 2999, 3000)
jump(long_loop, 2999, 1)
jump(long_loop, 1, 2999)
jump(unpack_ex_simple, 2, 3)
jump(unpack_ex_tricky, 3, 4)
jump(or_pop, 2, 3)
jump(null_load_global, 1, 4)
jump(null_load_global, 4, 7)
jump(value_on_stack, 5, 1)
jump(value_on_stack, 1, 3)
