def outer(a):
    def middle(b):
        def inner(c):
            nonlocal b
            b += c
            return a + b + c
        return inner
    class Local:
        attr = a
        def method(self):
            return __class__
    return middle, Local

counter = 0
def increment():
    global counter
    counter += 1
    return counter

def make_adders(n):
    return [lambda x, i=i: x + i for i in range(n)]

def generator(limit):
    received = yield 0
    while received is not None and received < limit:
        received = yield received * 2
    return "done"
