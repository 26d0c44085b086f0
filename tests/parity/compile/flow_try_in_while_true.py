# A try block inside 'while True' with break in the handler
def f():
    while True:
        try:
            return g()
        except ValueError:
            break
        except TypeError:
            continue
