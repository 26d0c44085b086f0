# Free variable passed through an intermediate function that does not use it itself
def level1():
    x = 1
    def level2():
        def level3():
            return x
        return level3
    return level2
