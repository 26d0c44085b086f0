# break crossing two finally blocks: both inlined
def f(items):
    for x in items:
        try:
            try:
                break
            finally:
                inner()
        finally:
            outer()
