# TypeError messages of builtins given keywords they do not take: the argument-clinic wording,
# qualified method names, and the order of the checks (positional count before keywords)
class L(list):
    pass

class M(list):
    def __new__(cls, *a):
        return super().__new__(cls, *a)

class N(M):
    pass

tests = [
    "print(k=2)", "print(1, k=2)", "max(k=2)", "min(k=2)", "max(1, k=2)", "min(k=2, key=len)",
    "max([1], k=2)", "dict.fromkeys(k=2)", "dict(a=1).fromkeys(k=3)", "enumerate(k=2)",
    "enumerate([], k=2)", "enumerate(iterable=[], start=1, k=2)", "object.__new__(L)",
    "object.__new__(N)", "object.__new__(dict)", "object.__new__(int)", "bytes.fromhex(k=2)",
    "bytearray.fromhex(k=2)", "bytes.maketrans(k=2)", "bytearray.maketrans(k=2)",
    "str.maketrans(k=2)", "float.fromhex(k=2)", "float.__getformat__(k=2)",
    "'a'.translate(k=2)", "sorted(k=2)", "sum(k=2)", "open(k=2)", "pow(k=2)", "round(k=2)",
    "enumerate()", "enumerate(start=1)", "enumerate([], 1, 2)", "enumerate([], 1, k=2)",
    "enumerate(k=[], iterable=2)", "list(enumerate(start=1, iterable='ab'))", "enumerate([], iterable=[])",
    "enumerate(start=1, k=2, j=3)", "list(enumerate('ab', start=3))", "list(enumerate(iterable='a'))",
    "iter(k=2)", "len(k=2)", "zip(k=2)", "range(k=2)", "next(k=2)", "divmod(k=2)",
]
for t in tests:
    try:
        eval(t)
        print(t, "ok")
    except Exception as e:
        print(t, type(e).__name__, e)
