# A first program for pyjama: `./pyjama examples/hello.py` runs it. `./pyjama -m dis
# examples/hello.py` prints its bytecode exactly as `python3.13 -m dis` does, and
# `./pyjama -X dump-ast examples/hello.py` its syntax tree as CPython 3.13's
# ast.dump(..., include_attributes=True) does.

def greet(name: str, *, punctuation: str = "!") -> str:
    return f"Hello, {name}{punctuation}"


match greet("world").split():
    case [first, second] if second.endswith("!"):
        print(first, second)
    case _:
        print("unexpected")
