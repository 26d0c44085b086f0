def f[T: (1 + 1, 'a' * 2), *Ts = (2 * 3,), **P = -1](): pass
class C[T = 1 + 2]: pass
type A[U: -1] = 2 ** 4
type B = (1, 2) + (3,)
