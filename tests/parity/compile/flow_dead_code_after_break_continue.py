# Code after break and continue is removed
def f(items):
    for x in items:
        if x:
            break
            dead()
        continue
        dead()
