# break and continue inside except handlers inside a loop
def f(items):
    for x in items:
        try:
            g(x)
        except KeyError as err:
            continue
        except Exception:
            break
