# Subclasses of dict, list and set with their own __iter__/keys/__getitem__: dict.copy, |, set(),
# json.dumps and friends use them where CPython does (PyDict_Copy's dict_merge test,
# set_update's PyDict_CheckExact, PySequence_Fast's PyList_CheckExact).
import json
class D(dict):
    def __iter__(self): return iter(["x"])
    def keys(self): return ["x"]
    def __getitem__(self, k): return "item-" + str(k)
d = D(a=1)
print(d.copy(), type(d.copy()).__name__, d | {}, type(d | {}).__name__, {} | d, set(d), list(d), dict(d), {**d})
class L(list):
    def __iter__(self): return iter(["own"])
l = L([1, 2])
print(json.dumps(l), list(l), tuple(l), [*l], sorted(l), " ".join(map(str, l)), str(l), len(l))
class S(set):
    def __iter__(self): return iter(["own"])
s = S({1})
print(set(s), list(s), frozenset(s), set() | s, s | set())
