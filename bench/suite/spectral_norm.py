# Float arithmetic through function calls: the spectral norm of the infinite matrix
# A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), by power iteration.
N = 6
SMOKE_N = 1


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, size):
    return [sum(a(i, j) * v[j] for j in range(size)) for i in range(size)]


def mul_atv(v, size):
    return [sum(a(j, i) * v[j] for j in range(size)) for i in range(size)]


def mul_atav(v, size):
    return mul_atv(mul_av(v, size), size)


def spectral(size, iterations):
    u = [1.0] * size
    v = u
    for _ in range(iterations):
        v = mul_atav(u, size)
        u = mul_atav(v, size)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


def main(n):
    r = 0.0
    for _ in range(n):
        r = spectral(90, 5)
    return "%.9f" % r


if __name__ == "__main__":
    print(main(N))
