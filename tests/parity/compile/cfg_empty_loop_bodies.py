# Loops whose bodies are empty or only pass
def f(it):
    for _ in it:
        pass
    while f():
        pass
    while True:
        pass
