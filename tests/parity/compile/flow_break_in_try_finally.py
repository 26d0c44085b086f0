# break inside try/finally: the finally body is inlined before the jump
def f(items):
    for x in items:
        try:
            if x:
                break
        finally:
            cleanup()
