# An if condition split over lines; the jump's line is the line of the last operand tested
def f(a, b, c):
    if (a and
            b or
            c):
        return 1
