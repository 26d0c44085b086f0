# Jumps and match statements: into a case body (the subject is gone from the stack by then),
# onto a case pattern line (the subject would be missing), out of a case body, and backwards
# to the match line.
from _jump import jump


def into_case_body(output):
    value = 2
    match value:
        case 1:
            output.append(4)
        case 2:
            output.append(6)
    output.append(7)


def onto_case_pattern(output):
    value = 2
    match value:
        case 1:
            output.append(4)
        case 2:
            output.append(6)
    output.append(7)


def out_of_case_body(output):
    match [1, 2]:
        case [a, b]:
            output.append(a)
            output.append(b)
    output.append(5)


def back_to_match(output):
    n = 0
    match n:
        case 0:
            n = 1
            output.append(5)
        case _:
            output.append(7)


def class_pattern_guard(output):
    match 3 + 4j:
        case complex(real=r) if r > 2:
            output.append(r)
            output.append(4)
        case _:
            output.append(6)
    output.append(7)


jump(into_case_body, 1, 4)
jump(onto_case_pattern, 1, 5)
jump(onto_case_pattern, 6, 3)
jump(out_of_case_body, 3, 5)
jump(back_to_match, 5, 2)
jump(class_pattern_guard, 3, 6)
jump(class_pattern_guard, 1, 3)
