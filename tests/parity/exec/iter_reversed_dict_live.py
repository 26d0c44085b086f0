# reversed() of a dict and of its views: values read as each item is taken, CPython's sticky
# RuntimeError when the dict changes size meanwhile, and __length_hint__.
import collections, operator
def take(it):
    try:
        return list(it)
    except RuntimeError as e:
        return "RuntimeError: %s" % e
d = dict.fromkeys("abcd", 0)
for make in (reversed, lambda d: reversed(d.values()), lambda d: reversed(d.items())):
    it = make(d)
    print(operator.length_hint(it), next(it), operator.length_hint(it))
    d["e"] = 1
    print(take(it), operator.length_hint(it), take(it))
    del d["e"]
    print(take(it))
d = {1: "a", 2: "b"}
it = reversed(d.items())
d[1] = "changed"
print(list(it))
it = reversed(d)
print(list(it), list(it), type(it).__name__, type(reversed({}.values())).__name__, type(reversed({}.items())).__name__)
od = collections.OrderedDict.fromkeys("abc"); od.move_to_end("a")
print(list(reversed(od)))
d = {1: "a", 2: "b", 3: "c"}
it = reversed(d.items())
print(next(it))
del d[2]
d[4] = "d"
print(take(it))
