# Exception-heavy control flow: raising and catching in loops, custom exception classes,
# try/finally, re-raising with context, exceptions crossing several frames, EAFP lookups.
N = 8
SMOKE_N = 1


class ParseError(Exception):
    def __init__(self, pos, text):
        super().__init__("bad input at %d" % pos)
        self.pos = pos
        self.text = text


class Underflow(ArithmeticError):
    pass


def parse_int(text, pos):
    try:
        return int(text)
    except ValueError:
        raise ParseError(pos, text) from None


def deep(k):
    if k == 0:
        raise Underflow("bottom")
    return deep(k - 1) + 1


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return -1


def main(n):
    result = None
    for _ in range(n):
        items = [str(i) if i % 3 else "x%d" % i for i in range(15000)]
        good = bad = 0
        positions = 0
        for pos, text in enumerate(items):
            try:
                good += parse_int(text, pos)
            except ParseError as e:
                bad += 1
                positions += e.pos
        unwound = 0
        cleanups = 0
        for k in range(2500):
            try:
                try:
                    deep(k % 8)
                finally:
                    cleanups += 1
            except ArithmeticError as e:
                unwound += len(e.args[0])
        table = {i: i * i for i in range(0, 5000, 2)}
        found = sum(lookup(table, i) for i in range(5000))
        chained = 0
        for i in range(2000):
            try:
                try:
                    [][i]
                except IndexError as e:
                    raise KeyError(i) from e
            except KeyError as e:
                chained += isinstance(e.__cause__, IndexError)
        stops = 0
        it = iter(range(3000))
        while True:
            try:
                stops += next(it)
            except StopIteration:
                break
        result = (good, bad, positions, unwound, cleanups, found, chained, stops)
    return result


if __name__ == "__main__":
    print(main(N))
