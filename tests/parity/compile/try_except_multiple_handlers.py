# Several handlers, a tuple of types, and a bare except last
def f():
    try:
        g()
    except (KeyError, IndexError):
        a()
    except ValueError as e:
        b(e)
    except:
        c()
