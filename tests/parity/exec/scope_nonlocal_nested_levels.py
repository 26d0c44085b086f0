def a():
    v = 'a'
    def b():
        def c():
            nonlocal v
            v = 'c changed'
        c()
        return v
    return b(), v
print(a())
