# Generator pipelines: chained generators with filtering and mapping, yield from,
# generator expressions into sum/max/any, a sliding window, and itertools glue.
import itertools

N = 7
SMOKE_N = 1


def numbers(limit):
    k = 1
    for _ in range(limit):
        k = (k * 69069 + 1) % 4294967296
        yield k


def scaled(source, mod):
    for x in source:
        yield x % mod


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def window(source, size):
    buf = []
    for x in source:
        buf.append(x)
        if len(buf) > size:
            del buf[0]
        if len(buf) == size:
            yield tuple(buf)


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def chunks(source, size):
    it = iter(source)
    while True:
        block = list(itertools.islice(it, size))
        if not block:
            return
        yield block


def main(n):
    result = None
    for _ in range(n):
        total = sum(evens(scaled(numbers(40000), 1000)))
        best = max(sum(w) for w in window(scaled(numbers(15000), 100), 4))
        nested = [[i, [i + 1, [i + 2]], i + 3] for i in range(3000)]
        flat = sum(flatten(nested))
        sizes = [len(c) for c in chunks(range(10007), 64)]
        pairs = sum(a * b for a, b in zip(numbers(10000), itertools.count(1)) if a & 4)
        found = any(x == 999 for x in scaled(numbers(20000), 1000))
        result = (total, best, flat, len(sizes), sizes[-1], pairs % 1000003, found)
    return result


if __name__ == "__main__":
    print(main(N))
