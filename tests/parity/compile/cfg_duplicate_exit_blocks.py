# Small exit blocks without line numbers are duplicated for each predecessor
def f(x):
    for i in x:
        if i:
            break
    else:
        pass
