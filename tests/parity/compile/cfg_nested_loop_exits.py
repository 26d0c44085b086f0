# Nested loops with several exits: the optimiser threads jumps to the outer loop's head
def f(m):
    for row in m:
        for c in row:
            if c:
                continue
            break
        else:
            continue
        break
