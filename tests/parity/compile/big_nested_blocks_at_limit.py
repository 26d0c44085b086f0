# 21 nested loop/with blocks: exactly the compiler's limit of statically nested blocks (CO_MAXBLOCKS)
def f(x):
    for i0 in x:
        while x:
            with x:
                for i3 in x:
                    while x:
                        with x:
                            for i6 in x:
                                while x:
                                    with x:
                                        for i9 in x:
                                            while x:
                                                with x:
                                                    for i12 in x:
                                                        while x:
                                                            with x:
                                                                for i15 in x:
                                                                    while x:
                                                                        with x:
                                                                            for i18 in x:
                                                                                while x:
                                                                                    with x:
                                                                                        g()
