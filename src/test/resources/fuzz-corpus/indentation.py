def outer(a,
          b):
    def inner():
        if a:
            if b:
                for i in range(3):
                    while True:
                        try:
                            with open("f") as fh:
                                return fh \
                                    .read()
                        except OSError:
                            break
        return [
            1,
        2,
                3,
        ]
    return inner


class Empty:
    pass


if True: x = 1; y = 2
else: pass


def f(): return (
    1)
# A comment at column 0
    # an indented comment


def g():

    # blank lines and comments inside a block

    return 1
