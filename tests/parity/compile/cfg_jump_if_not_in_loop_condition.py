# A while loop whose condition is negated: the test is inverted at the loop bottom
def f(q):
    while not q.empty():
        q.get()
