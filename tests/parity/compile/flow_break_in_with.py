# break and continue inside with blocks in a loop
def f(items):
    for x in items:
        with lock:
            if x:
                break
            continue
