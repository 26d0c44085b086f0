# A continue at the end of an if inside a loop jumps straight back to the loop head
def f(items):
    n = 0
    for x in items:
        if x:
            n += 1
            continue
        n -= 1
    return n
