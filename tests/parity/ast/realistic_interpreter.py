"""A tiny expression language: tokenizer, Pratt parser and evaluator (match-heavy)."""
from __future__ import annotations

import math
import operator
from dataclasses import dataclass
from typing import Final, NamedTuple


class Tok(NamedTuple):
    kind: str
    text: str
    pos: int


@dataclass(frozen=True)
class Num:
    value: float


@dataclass(frozen=True)
class Var:
    name: str


@dataclass(frozen=True)
class BinOp:
    op: str
    left: Node
    right: Node


@dataclass(frozen=True)
class Unary:
    op: str
    operand: Node


@dataclass(frozen=True)
class Call:
    func: str
    args: tuple[Node, ...]


type Node = Num | Var | BinOp | Unary | Call

BINARY: Final = {"+": (10, operator.add), "-": (10, operator.sub),
                 "*": (20, operator.mul), "/": (20, operator.truediv),
                 "%": (20, operator.mod), "^": (30, operator.pow)}
RIGHT_ASSOC: Final = frozenset({"^"})
FUNCTIONS: Final = {"sin": math.sin, "cos": math.cos, "sqrt": math.sqrt,
                    "max": max, "min": min, "abs": abs}


def tokenize(src: str) -> list[Tok]:
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or (c == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] in ".eE_"):
                j += 1
            toks.append(Tok("num", src[i:j], i))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            toks.append(Tok("name", src[i:j], i))
            i = j
        elif c in "+-*/%^(),":
            toks.append(Tok("op", c, i))
            i += 1
        else:
            raise SyntaxError(f"unexpected {c!r} at {i}")
    toks.append(Tok("end", "", len(src)))
    return toks


class Parser:
    def __init__(self, src: str) -> None:
        self.toks = tokenize(src)
        self.i = 0

    def peek(self) -> Tok:
        return self.toks[self.i]

    def next(self) -> Tok:
        tok, self.i = self.toks[self.i], self.i + 1
        return tok

    def expect(self, text: str) -> Tok:
        if (tok := self.next()).text != text:
            raise SyntaxError(f"expected {text!r} at {tok.pos}, found {tok.text!r}")
        return tok

    def parse(self, min_bp: int = 0) -> Node:
        left = self.prefix()
        while (tok := self.peek()).kind == "op" and tok.text in BINARY:
            bp, _ = BINARY[tok.text]
            if bp < min_bp:
                break
            self.next()
            right = self.parse(bp if tok.text in RIGHT_ASSOC else bp + 1)
            left = BinOp(tok.text, left, right)
        return left

    def prefix(self) -> Node:
        match self.next():
            case Tok("num", text):
                return Num(float(text))
            case Tok("name", name) if self.peek().text == "(":
                self.expect("(")
                args: list[Node] = []
                if self.peek().text != ")":
                    args.append(self.parse())
                    while self.peek().text == ",":
                        self.next()
                        args.append(self.parse())
                self.expect(")")
                return Call(name, tuple(args))
            case Tok("name", name):
                return Var(name)
            case Tok("op", "-" | "+" as sign):
                return Unary(sign, self.parse(25))
            case Tok("op", "("):
                inner = self.parse()
                self.expect(")")
                return inner
            case Tok(kind, text, pos):
                raise SyntaxError(f"unexpected {kind} {text!r} at {pos}")


def evaluate(node: Node, env: dict[str, float] | None = None) -> float:
    env = env or {}
    match node:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var("pi"):
            return math.pi
        case Var(name):
            raise NameError(name)
        case Unary("-", operand):
            return -evaluate(operand, env)
        case Unary(_, operand):
            return +evaluate(operand, env)
        case BinOp(op, left, right):
            return BINARY[op][1](evaluate(left, env), evaluate(right, env))
        case Call(func, args) if func in FUNCTIONS:
            return FUNCTIONS[func](*(evaluate(a, env) for a in args))
        case Call(func, _):
            raise NameError(f"no function {func}")
    raise TypeError(node)


for source in ["1 + 2 * 3", "-(2 ^ 3 ^ 2)", "max(1, x, sqrt(16)) % 3", "sin(pi / 2)"]:
    print(f"{source:<28} = {evaluate(Parser(source).parse(), {'x': 7.0}):g}")
