# Containers changed while they are iterated: CPython's RuntimeErrors for dict and set,
# list iteration that sees the change, and list.sort's ValueError.
def attempt(label, f):
    try:
        print(label, 'ok', f())
    except (RuntimeError, ValueError) as e:
        print(label, type(e).__name__, e)


def grow_dict():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0


def same_size_dict():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 10] = 0


def change_values():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = 5
    return d


def grow_items():
    d = {1: 1}
    for k, v in d.items():
        d[2] = 2


def shrink_values():
    d = {1: 1, 2: 2}
    for v in d.values():
        d.clear()


def grow_set():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 100)


def grow_list():
    lst = [1, 2, 3]
    for x in lst:
        if len(lst) < 10:
            lst.append(x * 10)
    return lst


def shrink_list():
    lst = [1, 2, 3, 4, 5, 6]
    for x in lst:
        lst.remove(x)
    return lst


def sort_mutates():
    lst = [3, 1, 2]
    lst.sort(key=lambda x: lst.append(x) or x)


def sort_clears():
    lst = [3, 1, 2]

    def key(x):
        lst.clear()
        return x
    lst.sort(key=key)


def reversed_list():
    lst = [1, 2, 3]
    out = []
    for x in reversed(lst):
        out.append(x)
        lst.clear()
    return out


def dict_pop_in_comprehension():
    d = dict.fromkeys(range(5))
    return [d.pop(k) for k in d]


for name, f in list(globals().items()):
    if callable(f) and name != 'attempt':
        attempt(name, f)
