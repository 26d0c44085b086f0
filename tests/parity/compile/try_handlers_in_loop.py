# try/except inside for and while loops: handlers jump back to the loop head
def f(items):
    for x in items:
        try:
            g(x)
        except ValueError:
            continue
    while items:
        try:
            items.pop()
        except IndexError:
            break
