# Cells, free variables, arguments that are cells, class cells, inlined comprehensions.
def outer(a, b, /, c, *args, d, e=1, **kw):
    x = 1

    def inner(y):
        nonlocal x
        x += y + a + c
        return b, kw

    del a
    return inner, lambda: x + d


class C:
    attr = [i for i in range(3)]
    other = {k: v for k, v in zip('ab', 'cd')}

    def method(self):
        return super().method(), __class__

    def method2(self):
        return [lambda: self for self in range(3)]

    class Inner[T]:
        def f(self) -> T:
            return self


def generic[T: int, *Ts, **P](x: T) -> T:
    return x


type Alias[K] = dict[K, int]


def uses_before_assignment(flag):
    if flag:
        value = 1
    print(value)
    del value
    try:
        print(value)
    except NameError:
        pass
    return [value for value in range(3)], value


def many_locals(p):
    v0 = v1 = v2 = v3 = v4 = v5 = v6 = v7 = v8 = v9 = 0
    w0 = w1 = w2 = w3 = w4 = w5 = w6 = w7 = w8 = w9 = 0
    x0 = x1 = x2 = x3 = x4 = x5 = x6 = x7 = x8 = x9 = 0
    y0 = y1 = y2 = y3 = y4 = y5 = y6 = y7 = y8 = y9 = 0
    z0 = z1 = z2 = z3 = z4 = z5 = z6 = z7 = z8 = z9 = 0
    u0 = u1 = u2 = u3 = u4 = u5 = u6 = u7 = u8 = u9 = 0
    if p:
        t0 = t1 = t2 = 1
    print(t0, t1, t2)
    del t1
    print(t1)
    t2 = t3 = t4 = 2
    print(t3, t4)
    for q in p:
        t5 = q
    return t5, v0 + w9 + u9
