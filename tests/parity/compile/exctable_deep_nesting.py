# Many nested try/with blocks: exception table entries at increasing depth
def f():
    try:
        with a:
            try:
                with b:
                    try:
                        for i in c:
                            try:
                                g(i)
                            finally:
                                h()
                    except E:
                        pass
            finally:
                k()
    except F:
        pass
