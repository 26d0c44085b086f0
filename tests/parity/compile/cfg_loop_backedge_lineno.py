# The JUMP_BACKWARD of a loop carries the line number of the loop statement or the last body line
def f(items):
    for x in items:
        if x:
            g()
    while items:
        items.pop()
