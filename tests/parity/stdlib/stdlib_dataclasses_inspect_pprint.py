# dataclasses, inspect, pprint and argparse from CPython's Lib on pyjama's _ast/_io/_imp/importlib.
import argparse
import dataclasses
import inspect
import pprint


@dataclasses.dataclass(order=True)
class Point:
    x: int
    y: int = 0
    tags: list = dataclasses.field(default_factory=list)


p = Point(1, 2, ["a"])
print(p, p == Point(1, 2, ["a"]), p < Point(2), dataclasses.asdict(p), dataclasses.astuple(p))
print([f.name for f in dataclasses.fields(Point)], dataclasses.replace(p, y=5))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)


def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    """Doc of f."""
    return "x"


sig = inspect.signature(f)
print(sig, list(sig.parameters), sig.return_annotation, inspect.getdoc(f))
print(inspect.isfunction(f), inspect.isclass(Point), inspect.getmodule(f).__name__)
print(inspect.getsource(f).splitlines()[0])
print([name for name, _ in inspect.getmembers(Point) if not name.startswith("_")])
print(inspect.currentframe().f_code.co_name, inspect.stack()[0].function)
pprint.pprint({"b": list(range(30)), "a": {"nested": ("t",) * 12}, "c": p})
print(pprint.pformat([1, [2, [3, [4]]]], depth=2))

parser = argparse.ArgumentParser(prog="tool", description="A tool.")
parser.add_argument("files", nargs="+")
parser.add_argument("-n", "--count", type=int, default=1)
parser.add_argument("--verbose", action="store_true")
print(parser.parse_args(["a", "b", "-n", "3", "--verbose"]))
parser.print_help()
try:
    parser.parse_args(["-n", "x"])
except SystemExit as e:
    print("SystemExit", e.code)
