def fail(x):
    raise ValueError(f'bad {x}')

def run():
    return [fail(i) for i in range(3)]

values = run()
