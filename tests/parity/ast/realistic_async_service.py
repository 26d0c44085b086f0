"""An asyncio job runner: async def/for/with, await, async comprehensions, except*, match."""
import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

log = logging.getLogger(__name__)

type Handler[**P, R] = Callable[P, Awaitable[R]]
type JobResult = tuple[str, Any] | tuple[str, BaseException]


class RateLimiter:
    def __init__(self, per_second: float, *, burst: int = 1) -> None:
        self._interval = 1.0 / per_second
        self._tokens = burst
        self._burst = burst
        self._last = time.monotonic()
        self._lock = asyncio.Lock()

    async def __aenter__(self) -> "RateLimiter":
        async with self._lock:
            while self._tokens <= 0:
                now = time.monotonic()
                refill = int((now - self._last) / self._interval)
                if refill:
                    self._tokens = min(self._burst, self._tokens + refill)
                    self._last = now
                else:
                    await asyncio.sleep(self._interval / 4)
            self._tokens -= 1
        return self

    async def __aexit__(self, *exc_info: object) -> bool:
        return False


@contextlib.asynccontextmanager
async def timed(label: str) -> AsyncIterator[dict[str, float]]:
    stats: dict[str, float] = {"start": time.perf_counter()}
    try:
        yield stats
    finally:
        stats["elapsed"] = time.perf_counter() - stats["start"]
        log.debug("%s took %.3fs", label, stats["elapsed"])


async def ticker(count: int, delay: float = 0.0) -> AsyncIterator[int]:
    for i in range(count):
        await asyncio.sleep(delay)
        yield i


class Runner:
    def __init__(self, limiter: RateLimiter, retries: int = 2) -> None:
        self.limiter = limiter
        self.retries = retries
        self.results: list[JobResult] = []

    async def run_one[**P, R](self, name: str, fn: Handler[P, R], /, *args: P.args,
                              **kwargs: P.kwargs) -> R:
        attempt = 0
        while True:
            attempt += 1
            try:
                async with self.limiter, timed(name) as stats:
                    result = await fn(*args, **kwargs)
            except (TimeoutError, ConnectionError) as exc:
                if attempt > self.retries:
                    raise
                log.warning("%s failed (%s), retry %d", name, exc, attempt)
                await asyncio.sleep(0.01 * 2 ** attempt)
            else:
                log.info("%s ok in %.3fs", name, stats.get("elapsed", -1.0))
                return result

    async def run_all(self, jobs: dict[str, Callable[[], Awaitable[Any]]]) -> list[JobResult]:
        try:
            async with asyncio.TaskGroup() as group:
                tasks = {name: group.create_task(self.run_one(name, job)) for name, job in jobs.items()}
        except* ValueError as eg:
            for exc in eg.exceptions:
                self.results.append(("value-error", exc))
        except* (TimeoutError, ConnectionError) as eg:
            self.results.extend(("io-error", e) for e in eg.exceptions)
        else:
            self.results += [(name, task.result()) for name, task in tasks.items()]
        return self.results


async def classify(event: dict[str, Any]) -> str:
    match event:
        case {"type": "click", "pos": (x, y)} if x < 0 or y < 0:
            return "offscreen click"
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k!r}"
        case {"type": "key", "key": "Enter" | "Return" as k}:
            return f"submit via {k}"
        case {"type": "batch", "events": [first, *others]}:
            inner = [await classify(e) for e in [first, *others]]
            return "; ".join(inner)
        case {"type": t, **rest}:
            return f"unknown {t} with {sorted(rest)}"
        case _:
            return "not an event"


async def main() -> None:
    runner = Runner(RateLimiter(50, burst=5))
    squares = [n * n async for n in ticker(5)]
    evens = {n async for n in ticker(10) if n % 2 == 0}
    labels = {n: await classify({"type": "key", "key": str(n)}) async for n in ticker(3)}

    async def job(n: int) -> int:
        await asyncio.sleep(0)
        if n == 3:
            raise ValueError(n)
        return n * 10

    results = await runner.run_all({f"job{n}": (lambda n=n: job(n)) for n in range(5)})
    print(squares, sorted(evens), labels, results, sep="\n")


if __name__ == "__main__":
    asyncio.run(main())
