# 22 nested loop/with blocks: "too many statically nested blocks" from the compiler
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
                                                                                        for i21 in x:
                                                                                            g()
