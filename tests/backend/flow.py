# Jumps, loops, exits without line numbers, cold blocks, exception handlers.
import sys


def loops(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        while total < i:
            total += 1
            if total > 100:
                break
        else:
            total -= 1
    else:
        total = -total
    return total


def nested_try(x):
    try:
        try:
            x = 1 / x
        except ZeroDivisionError as e:
            x = e
        finally:
            x = str(x)
    except* ValueError:
        pass
    try:
        pass
    finally:
        return x


def with_stmts(path):
    with open(path) as f, open(path) as g:
        for line in f:
            if not line:
                break
    return g


async def coroutine(x):
    async with x as y:
        async for z in y:
            await z
    return [a async for a in x]


def generator(n):
    yield n
    yield from range(n)
    x = yield
    return x


async def async_gen(n):
    yield n
    await n


def conditional_chains(a, b, c):
    if a and (b or c) and not (a and b):
        return 1
    while a or b:
        if c:
            break
    return a if b else c


def match_stmt(x):
    match x:
        case [1, 2, *rest] if rest:
            return rest
        case {'a': 1, **kw}:
            return kw
        case Point(x=0, y=0) | Point(x=1, y=1):
            return 0
        case (a, b) | [b, a]:
            return a, b
        case str() | bytes() as s:
            return s
        case _:
            return None


def deep(x):
    for a in x:
        for b in a:
            for c in b:
                try:
                    with c:
                        while c:
                            try:
                                c = c()
                            except:
                                raise
                except Exception:
                    continue
    return x
