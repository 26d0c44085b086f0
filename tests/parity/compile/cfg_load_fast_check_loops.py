# A variable possibly unbound at a use (assigned only in a loop or branch) gets LOAD_FAST_CHECK
def f(items, flag):
    for item in items:
        last = item
    if flag:
        chosen = 1
    return last, chosen
