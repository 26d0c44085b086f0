# Closures: counters with nonlocal, function factories, decorators wrapping calls,
# partial application by hand, memoisation through a closed-over dict, lambdas in lists.
N = 16
SMOKE_N = 1


def counter(start):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count
    return step


def adder(k):
    return lambda x: x + k


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper


def counted(fn):
    calls = [0]

    def wrapper(*args, **kwargs):
        calls[0] += 1
        return fn(*args, **kwargs)
    wrapper.calls = calls
    return wrapper


@counted
def weigh(a, b=2, *, c=3):
    return a * b + c


def partial(fn, *bound):
    def call(*rest):
        return fn(*bound, *rest)
    return call


def main(n):
    result = None
    for _ in range(n):
        c = counter(10)
        for i in range(20000):
            c(i & 3)
        fns = [adder(k) for k in range(40)]
        chain = fns[0]
        for f in fns[1:]:
            chain = compose(f, chain)
        chained = sum(chain(i) for i in range(500))

        @memoize
        def ways(m):
            if m < 2:
                return 1
            return ways(m - 1) + ways(m - 2)
        memo = ways(300) % 1000000007
        before = weigh.calls[0]
        weights = sum(weigh(i, c=i & 7) for i in range(10000))
        add3 = partial(lambda a, b, c: a + b * c, 3)
        parts = sum(add3(i, 2) for i in range(10000))
        result = (c(0), chained, memo, weights, weigh.calls[0] - before, parts)
    return result


if __name__ == "__main__":
    print(main(N))
