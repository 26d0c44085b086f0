#!/usr/bin/env python3
"""Command-line text utilities: argument parsing, generators, decorators, closures, regexes."""
import argparse
import functools
import re
import sys
from collections import Counter
from typing import Callable, Iterable, Iterator, TextIO

WORD = re.compile(r"[A-Za-z\u00c0-\u024f']+")
STOP_WORDS = frozenset("a an and the of to in is it".split())
COMMANDS: dict[str, Callable[..., int]] = {}


def command(name: str | None = None, *, aliases: tuple[str, ...] = ()):
    """Registers a sub-command under its name and aliases."""
    def register(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except BrokenPipeError:
                return 1
        for key in (name or fn.__name__, *aliases):
            COMMANDS[key] = wrapper
        return wrapper
    return register


def lines(stream: TextIO, *, strip: bool = True) -> Iterator[str]:
    for raw in stream:
        line = raw.rstrip("\r\n") if strip else raw
        if line.startswith("#!"):
            continue
        yield line


def words(text_lines: Iterable[str], *, lower: bool = True) -> Iterator[str]:
    for line in text_lines:
        yield from (w.lower() if lower else w for w in WORD.findall(line))


def chunked[T](items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


@command(aliases=("wc",))
def count(stream: TextIO, out: TextIO, *, top: int = 10, skip_stop: bool = False) -> int:
    counter = Counter(w for w in words(lines(stream)) if not (skip_stop and w in STOP_WORDS))
    width = max((len(w) for w, _ in counter.most_common(top)), default=0)
    for word, n in counter.most_common(top):
        print(f"{word:<{width}} {n:>6}", file=out)
    return 0 if counter else 1


@command("wrap")
def wrap_text(stream: TextIO, out: TextIO, *, width: int = 72) -> int:
    current: list[str] = []
    length = 0
    for word in words(lines(stream), lower=False):
        if current and length + 1 + len(word) > width:
            print(" ".join(current), file=out)
            current, length = [], 0
        length += len(word) + (1 if current else 0)
        current.append(word)
    if current:
        print(" ".join(current), file=out)
    return 0


@command()
def grep(stream: TextIO, out: TextIO, *, pattern: str, invert: bool = False, number: bool = False) -> int:
    regex = re.compile(pattern)
    found = 0
    for lineno, line in enumerate(lines(stream), 1):
        if bool(regex.search(line)) ^ invert:
            found += 1
            prefix = f"{lineno}:" if number else ""
            out.write(f"{prefix}{line}\n")
    return 0 if found else 1


@command(aliases=("cols",))
def columns(stream: TextIO, out: TextIO, *, per_row: int = 4, sep: str = "\t") -> int:
    for row in chunked(lines(stream), per_row):
        out.write(sep.join(row) + "\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="text-tools", description=__doc__)
    parser.add_argument("command", choices=sorted(COMMANDS))
    parser.add_argument("files", nargs="*", type=argparse.FileType("r"), default=[sys.stdin])
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--width", type=int, default=72)
    parser.add_argument("--pattern", default=".")
    parser.add_argument("-v", "--invert", action="store_true")
    parser.add_argument("-n", "--number", action="store_true")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    fn = COMMANDS[args.command]
    options = {
        "count": {"top": args.top}, "wc": {"top": args.top, "skip_stop": True},
        "wrap": {"width": args.width},
        "grep": {"pattern": args.pattern, "invert": args.invert, "number": args.number},
    }.get(args.command, {})
    status = 0
    for handle in args.files:
        with handle:
            status |= fn(handle, sys.stdout, **options)
    return status


if __name__ == "__main__":
    sys.exit(main())
