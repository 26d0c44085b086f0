# Assignment expression in a while condition
def f(stream):
    while (chunk := stream.read()):
        process(chunk)
