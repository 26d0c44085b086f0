# return inside the finally block overrides, and break/continue in finally (allowed in 3.13)
def f():
    try:
        g()
    finally:
        return 1

def h(items):
    for x in items:
        try:
            g()
        finally:
            if x:
                break
            continue
