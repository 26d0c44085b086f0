def f():
    try:
        return 'try'
    finally:
        return 'finally'

def g():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return 'end'

def h():
    try:
        raise ValueError
    finally:
        return 'swallowed'

print(f(), g(), h())
