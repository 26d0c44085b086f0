# Jumps and with statements: out of a with block (forwards: __exit__ is not called), backwards
# out of it (the block is entered again), into a with block (refused: the target's stack holds
# __exit__), async with driven by hand, and out of the __exit__ path.
from _jump import jump


class Context:
    def __init__(self, output, name='cm'):
        self.output = output
        self.name = name

    def __enter__(self):
        self.output.append(f'enter {self.name}')

    def __exit__(self, *exc):
        self.output.append(f'exit {self.name}')
        return True

    async def __aenter__(self):
        self.output.append(f'aenter {self.name}')

    async def __aexit__(self, *exc):
        self.output.append(f'aexit {self.name}')


def out_of_with_forwards(output):
    with Context(output):
        output.append(2)
    output.append(3)


def out_of_with_backwards(output):
    output.append(1)
    with Context(output):
        output.append(3)
        output.append(4)
    output.append(5)


def into_with_block(output):
    output.append(1)
    with Context(output):
        output.append(3)
    output.append(4)


def out_of_nested_withs(output):
    with Context(output, 'a'):
        with Context(output, 'b'):
            output.append(3)
        output.append(4)
    output.append(5)


def after_swallowed_exception(output):
    with Context(output):
        output.append(2)
        raise KeyError
    output.append(4)
    output.append(5)


async def out_of_async_with(output):
    async with Context(output):
        output.append(2)
    output.append(3)


async def into_async_with(output):
    output.append(1)
    async with Context(output):
        output.append(3)
    output.append(4)


def with_as_target(output):
    with Context(output) as c:
        output.append(c)
        output.append(3)
    output.append(c)


jump(out_of_with_forwards, 2, 3)
jump(out_of_with_backwards, 4, 1)
jump(into_with_block, 1, 3)
jump(out_of_nested_withs, 3, 5)
jump(out_of_nested_withs, 3, 4)
jump(after_swallowed_exception, 2, 4)
jump(out_of_async_with, 2, 3)
jump(into_async_with, 1, 3)
jump(with_as_target, 2, 4)
