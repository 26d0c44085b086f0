# Control flow: loops, exceptions, context managers, pattern matching.
import contextlib
import sys


def classify(value):
    match value:
        case None:
            return "none"
        case True | False as b:
            return f"bool {b}"
        case int(n) if n < 0:
            return "negative"
        case 0 | 1 | 2:
            return "small"
        case [x, y, *rest]:
            return f"seq {x} {y} {len(rest)}"
        case {"kind": "point", "x": px, **others}:
            return f"point {px} {others}"
        case str() as s if s.isidentifier():
            return "name"
        case complex(real=r, imag=0j):
            return r
        case -1.5 | 3 + 4j:
            return "literal"
        case _:
            return "other"


def loops(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        elif i > 100:
            break
        else:
            total += i
    else:
        total -= 1
    while total > 10:
        total //= 2
    else:
        pass
    return total


def errors(path):
    try:
        with open(path) as f, contextlib.suppress(KeyError) as s:
            data = f.read()
    except (OSError, ValueError) as e:
        print("failed:", e, file=sys.stderr)
        raise RuntimeError("wrapped") from e
    else:
        return data
    finally:
        print("done")


async def fetch(session, urls):
    async with session.get(urls[0]) as resp:
        body = await resp.text()
    async for chunk in session.stream():
        yield chunk
    results = [await session.get(u) async for u in urls if u]
    return body, results


def groups():
    try:
        pass
    except* TypeError as group:
        del group
    except* (ValueError, KeyError):
        pass


def gen():
    x = yield
    y = yield x
    z = yield from range(y)
    return (lambda *a, k=1, **kw: (a, k, kw))(x, y, z)


assert loops(10) == 20, "loops"
if __name__ == "__main__":
    print(classify([1, 2, 3]))
