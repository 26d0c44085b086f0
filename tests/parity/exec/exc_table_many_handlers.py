# A function with many try blocks (its exception table is long enough that the handler is
# found by a binary search), nested handlers, handlers with lasti (with, finally), and a raise
# at the first and last instruction a handler covers.
def many(k):
    out = []
    try:
        if k == 0: raise ValueError(0)
    except ValueError as e: out.append(("a", e.args))
    try:
        if k == 1: raise KeyError(1)
    except KeyError as e: out.append(("b", e.args))
    try:
        try:
            if k == 2: raise IndexError(2)
        finally:
            out.append("fin")
    except IndexError as e: out.append(("c", e.args))
    try:
        if k == 3: raise TypeError(3)
    except (ValueError, TypeError) as e: out.append(("d", e.args))
    for i in range(2):
        try:
            if k == 4 and i == 1: raise RuntimeError(4)
        except RuntimeError as e:
            out.append(("e", i, e.args))
            continue
    try:
        try:
            if k == 5: raise ZeroDivisionError(5)
        except ZeroDivisionError:
            raise LookupError(5)
    except LookupError as e: out.append(("f", e.args, type(e.__context__).__name__))
    class CM:
        def __enter__(self): return self
        def __exit__(self, t, v, tb):
            out.append(("exit", t and t.__name__))
            return k == 6
    with CM():
        if k in (6, 7): raise OSError(k)
    try:
        if k == 8: raise NameError(8)
    except NameError as e: out.append(("g", e.args))
    try:
        if k == 9: raise StopIteration(9)
    except StopIteration as e: out.append(("h", e.args))
    try:
        if k == 10: raise AttributeError(10)
    except AttributeError as e: out.append(("i", e.args))
    return out

for k in range(12):
    try:
        print(k, many(k))
    except OSError as e:
        print(k, "escaped", repr(e), e.__traceback__.tb_next.tb_lineno)

def first_and_last():
    try:
        raise ValueError("first")
    except ValueError as e:
        print("caught", e)
    try:
        x = 1
        y = x + 1
        raise ValueError("last", y)
    except ValueError as e:
        print("caught", e)
first_and_last()
