# 'while 0' body is removed entirely but the else clause stays
def f():
    while 0:
        dead()
    while False:
        dead()
    else:
        alive()
