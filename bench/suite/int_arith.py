# Integer loops: Collatz lengths, gcd, a prime sieve and a linear congruential mixer,
# all on small ints held in locals.
N = 3
SMOKE_N = 1


def collatz_total(limit):
    total = 0
    for start in range(1, limit):
        k = start
        steps = 0
        while k != 1:
            if k & 1:
                k = 3 * k + 1
            else:
                k >>= 1
            steps += 1
        total += steps
    return total


def gcd_sum(limit):
    s = 0
    for a in range(1, limit):
        b = (a * 7919) % 1009 + 1
        while b:
            a, b = b, a % b
        s += a
    return s


def sieve(limit):
    flags = [True] * limit
    flags[0] = flags[1] = False
    i = 2
    while i * i < limit:
        if flags[i]:
            for j in range(i * i, limit, i):
                flags[j] = False
        i += 1
    return sum(1 for f in flags if f)


def mixer(rounds):
    x = 12345
    acc = 0
    for i in range(rounds):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        acc ^= x >> (i & 7)
        acc = (acc + i) % 1000000007
    return acc


def main(n):
    r = 0
    for _ in range(n):
        r += collatz_total(6000) + gcd_sum(20000) + sieve(60000) + mixer(60000)
    return r


if __name__ == "__main__":
    print(main(N))
